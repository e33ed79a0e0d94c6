// An agency's page on the raw read path (decisions 012 and 056): the agency, then each of its lists —
// units, posts with their current holders, committee seats, RACI roles — a page at a time with its
// total, read with prepared statements in one snapshot, in the shapes getAgency and
// getAgencyInvolvement gave (so the components do not change). tests/integration/agency-read.test.ts
// checks the rows against those Prisma reads.
import type { AccessContext } from "~/domain/access";
import { accessSqlParams, visibleCommitteesSql, type AccessSqlParams } from "~/permissions.server";
import { fromSqlDate, readQuery, readSnapshot, sqlDate, sqlList } from "~/read-db.server";
import type { Paging } from "~/domain/paging";
import { RACI_LINE_FROM } from "./position-read.server";

/** Rows per list of the agency page; the rest are a page link away. */
export const AGENCY_SECTION_PAGE = 20;

type Agency = { agencyId: string };
type Page = Pick<Paging, "skip" | "take">;
type Visible = AccessSqlParams & Agency & { now: string };

const agencyQuery = readQuery<Agency, { id: string; name: string; acronym: string | null; kind: string; parentId: string | null; mandate: string | null; address: string | null; email: string | null; phone: string | null; website: string | null; archivedAt: string | null; version: number; parentName: string | null }>(`
  SELECT a.id, a.name, a.acronym, a.kind, a.parentId, a.mandate, a.address, a.email, a.phone, a.website, a.archivedAt, a.version, p.name AS parentName
  FROM Agency a LEFT JOIN Agency p ON p.id = a.parentId WHERE a.id = @agencyId`);

const unitsQuery = readQuery<Agency & Page, { id: string; name: string; acronym: string | null }>(`
  SELECT u.id, u.name, u.acronym FROM Agency u WHERE u.parentId = @agencyId AND u.archivedAt IS NULL ORDER BY u.name, u.id LIMIT @take OFFSET @skip`);
const unitCount = readQuery<Agency, { n: number }>(`SELECT count(*) AS n FROM Agency u WHERE u.parentId = @agencyId AND u.archivedAt IS NULL`);

const postsQuery = readQuery<Agency & Page, { id: string; title: string }>(`
  SELECT po.id, po.title FROM Position po WHERE po.agencyId = @agencyId AND po.archivedAt IS NULL ORDER BY po.title, po.id LIMIT @take OFFSET @skip`);
const postCount = readQuery<Agency, { n: number }>(`SELECT count(*) AS n FROM Position po WHERE po.agencyId = @agencyId AND po.archivedAt IS NULL`);
const holdersQuery = readQuery<{ ids: string; now: string }, { positionId: string; acting: number; personId: string; givenName: string; familyName: string }>(`
  SELECT a.positionId, a.acting, p.id AS personId, p.givenName, p.familyName
  FROM Assignment a JOIN Person p ON p.id = a.personId
  WHERE a.positionId IN (SELECT value FROM json_each(@ids)) AND a.startDate <= @now AND (a.endDate IS NULL OR a.endDate > @now)
  ORDER BY a.startDate DESC, a.id`);

const seatWhere = `m.agencyId = @agencyId AND m.startDate <= @now AND (m.endDate IS NULL OR m.endDate > @now)
  AND c.archivedAt IS NULL AND ${visibleCommitteesSql("c")}`;
const seatsQuery = readQuery<Visible & Page, { id: string; role: string; committeeId: string; name: string; shortName: string | null; positionId: string | null; positionTitle: string | null }>(`
  SELECT m.id, m.role, c.id AS committeeId, c.name, c.shortName, po.id AS positionId, po.title AS positionTitle
  FROM CommitteeMembership m JOIN Committee c ON c.id = m.committeeId LEFT JOIN Position po ON po.id = m.positionId
  WHERE ${seatWhere}
  ORDER BY m.startDate, m.id LIMIT @take OFFSET @skip`);
const seatCount = readQuery<Visible, { n: number }>(`SELECT count(*) AS n FROM CommitteeMembership m JOIN Committee c ON c.id = m.committeeId WHERE ${seatWhere}`);

const roleWhere = `ra.agencyId = @agencyId AND ra.archivedAt IS NULL AND r.archivedAt IS NULL`;
const rolesQuery = readQuery<Agency & Page, { id: string; role: string; note: string | null; positionId: string | null; positionTitle: string | null; responsibilityId: string; title: string; code: string | null; reference: string | null }>(`
  SELECT ra.id, ra.role, ra.note, po.id AS positionId, po.title AS positionTitle, r.id AS responsibilityId, r.title, i.code, pv.reference
  ${RACI_LINE_FROM}
  LEFT JOIN Position po ON po.id = ra.positionId
  WHERE ${roleWhere}
  ORDER BY ra.role, ra.id LIMIT @take OFFSET @skip`);
const roleCount = readQuery<Agency, { n: number }>(`
  SELECT count(*) AS n FROM ResponsibilityAssignment ra JOIN Responsibility r ON r.id = ra.responsibilityId WHERE ${roleWhere}`);

export type AgencyPages = { units: Page; posts: Page; committees: Page; roles: Page };

/** The agency's page as the reader may see it (committees by clearance), a page of each list, or null when there is no such agency. */
export function readAgency(ctx: AccessContext, agencyId: string, now: Date, pages: AgencyPages) {
  return readSnapshot(() => {
    const a = agencyQuery.get({ agencyId });
    if (!a) return null;
    const at = sqlDate(now);
    const posts = postsQuery.all({ agencyId, ...pages.posts });
    const holders = new Map<string, { acting: boolean; person: { id: string; givenName: string; familyName: string } }[]>();
    for (const h of posts.length ? holdersQuery.all({ ids: sqlList(posts.map((p) => p.id)), now: at }) : []) {
      const list = holders.get(h.positionId) ?? [];
      list.push({ acting: h.acting === 1, person: { id: h.personId, givenName: h.givenName, familyName: h.familyName } });
      holders.set(h.positionId, list);
    }
    const visible: Visible = { ...accessSqlParams(ctx), agencyId, now: at };
    const agency = {
      id: a.id,
      name: a.name,
      acronym: a.acronym,
      kind: a.kind,
      parentId: a.parentId,
      mandate: a.mandate,
      address: a.address,
      email: a.email,
      phone: a.phone,
      website: a.website,
      archivedAt: fromSqlDate(a.archivedAt),
      version: a.version,
      parent: a.parentId ? { id: a.parentId, name: a.parentName ?? "" } : null,
      units: unitsQuery.all({ agencyId, ...pages.units }),
      unitCount: unitCount.get({ agencyId })?.n ?? 0,
      positions: posts.map((p) => ({ id: p.id, title: p.title, assignments: holders.get(p.id) ?? [] })),
      _count: { positions: postCount.get({ agencyId })?.n ?? 0 },
    };
    const involvement = {
      committees: seatsQuery.all({ ...visible, ...pages.committees }).map((m) => ({
        id: m.id,
        role: m.role,
        committee: { id: m.committeeId, name: m.name, shortName: m.shortName },
        position: m.positionId ? { id: m.positionId, title: m.positionTitle ?? "" } : null,
      })),
      committeeCount: seatCount.get(visible)?.n ?? 0,
      roles: rolesQuery.all({ agencyId, ...pages.roles }).map((r) => ({
        id: r.id,
        role: r.role,
        note: r.note,
        position: r.positionId ? { id: r.positionId, title: r.positionTitle ?? "" } : null,
        responsibility: { id: r.responsibilityId, title: r.title, instrument: r.code === null ? null : { code: r.code }, provision: r.reference === null ? null : { reference: r.reference } },
      })),
      roleCount: roleCount.get({ agencyId })?.n ?? 0,
    };
    return { agency, involvement };
  });
}
