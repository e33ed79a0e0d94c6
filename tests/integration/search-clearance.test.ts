// Clearance inside the search query: for every kind, a restricted and a confidential record; a
// member of the committee (and of the owning agency), an outsider who is an administrator, and a
// person named on the confidential records. What each finds — results and counts — must be exactly
// what canSee (app/domain/access.ts) allows for the same rows.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { canSee, type AccessContext } from "../../app/domain/access";
import { search } from "../../app/models/search.server";
import { loadAccess } from "../../app/permissions.server";
import { SEARCH_KINDS, type SearchKind } from "../../app/search/index-definition";
import { createAgency, createUser } from "../support/fixtures";
import { recordsOfEveryKind, uniqueWord } from "../support/search-fixtures";

const DAY = 86_400_000;

async function context(userId: string): Promise<AccessContext> {
  const access = await loadAccess(userId);
  if (!access) throw new Error("fixture");
  return access.ctx;
}

/** canSee for the record behind a search entry, from the real rows (agenda and statements: and their meeting). */
async function allowed(ctx: AccessContext, kind: SearchKind, id: string): Promise<boolean> {
  switch (kind) {
    case "committee": {
      // A committee's "restricted" scope is itself (visibleCommittees).
      const c = await prisma.committee.findUniqueOrThrow({ where: { id }, select: { id: true, confidentiality: true } });
      return canSee(ctx, "committee", { ...c, committeeId: c.id });
    }
    case "meeting":
      return canSee(ctx, "meeting", await prisma.meeting.findUniqueOrThrow({ where: { id }, select: { id: true, confidentiality: true, committeeId: true } }));
    case "agendaItem":
    case "statement": {
      const itemId = kind === "statement" ? (await prisma.statement.findUniqueOrThrow({ where: { id }, select: { agendaItemId: true } })).agendaItemId : id;
      const item = await prisma.agendaItem.findUniqueOrThrow({
        where: { id: itemId },
        select: { id: true, confidentiality: true, meeting: { select: { id: true, confidentiality: true, committeeId: true } } },
      });
      return canSee(ctx, "meeting", item.meeting) && canSee(ctx, "agendaItem", { ...item, committeeId: item.meeting.committeeId });
    }
    case "document":
      return canSee(ctx, "document", await prisma.document.findUniqueOrThrow({ where: { id }, select: { id: true, confidentiality: true, committeeId: true, agencyId: true } }));
    case "decision":
      return canSee(ctx, "decision", await prisma.decision.findUniqueOrThrow({ where: { id }, select: { id: true, confidentiality: true, committeeId: true } }));
    case "action": {
      const a = await prisma.action.findUniqueOrThrow({ where: { id }, select: { id: true, confidentiality: true, committeeId: true, ownerAgencyId: true } });
      return canSee(ctx, "action", { ...a, agencyId: a.ownerAgencyId });
    }
    case "handover":
      return canSee(ctx, "handover", await prisma.handover.findUniqueOrThrow({ where: { id }, select: { id: true, confidentiality: true, agencyId: true } }));
    default:
      // Agencies, people, posts, responsibilities and obligations carry no confidentiality.
      return true;
  }
}

async function world() {
  const memberAgency = await createAgency();
  const outsiderAgency = await createAgency();
  const member = await createUser("viewer", { agencyId: memberAgency.id });
  const outsider = await createUser("admin", { agencyId: outsiderAgency.id });
  const named = await createUser("viewer", { agencyId: outsiderAgency.id });
  const committee = async (level: string, word: string) => {
    const c = await prisma.committee.create({ data: { name: `Committee ${word}`, kind: "standing", confidentiality: level }, select: { id: true } });
    await prisma.committeeMembership.create({ data: { committeeId: c.id, agencyId: memberAgency.id, role: "member", startDate: new Date(Date.now() - DAY) } });
    return c.id;
  };
  const restrictedWord = uniqueWord("restricted");
  const confidentialWord = uniqueWord("confidential");
  const restricted = await recordsOfEveryKind(restrictedWord, { level: "restricted", committeeId: await committee("restricted", restrictedWord), agencyId: memberAgency.id });
  const confidential = await recordsOfEveryKind(confidentialWord, { level: "confidential", committeeId: await committee("confidential", confidentialWord), agencyId: memberAgency.id });
  // The named person is cleared for every confidential record (statements follow their agenda item).
  const grants: [string, string][] = [
    ["committee", confidential.ids.committee],
    ["meeting", confidential.ids.meeting],
    ["agendaItem", confidential.ids.agendaItem],
    ["document", confidential.ids.document],
    ["decision", confidential.ids.decision],
    ["action", confidential.ids.action],
    ["handover", confidential.ids.handover],
  ];
  for (const [entity, entityId] of grants) await prisma.accessGrant.create({ data: { entity, entityId, personId: named.personId } });
  return { member, outsider, named, restricted, confidential, restrictedWord, confidentialWord };
}

describe("search applies clearance inside the query", () => {
  it("finds, for every kind, exactly what canSee allows — results and counts", async () => {
    const w = await world();
    for (const user of [w.member, w.outsider, w.named]) {
      const ctx = await context(user.id);
      for (const [word, records] of [
        [w.restrictedWord, w.restricted],
        [w.confidentialWord, w.confidential],
      ] as const) {
        const expected: string[] = [];
        for (const kind of SEARCH_KINDS) if (await allowed(ctx, kind, records.ids[kind])) expected.push(kind);
        const result = await search(ctx, { q: word, kind: null, committeeId: null, agencyId: null, from: null, to: null, includeArchived: true, page: 1 });
        const found = (result?.groups ?? []).flatMap((g) => g.hits.map((h) => h.kind));
        expect(found.sort().join(), `${word} for ${user.email}`).toEqual(expected.sort().join());
        expect(Object.keys(result?.counts ?? {}).sort()).toEqual(expected.sort());
        expect(result?.total).toBe(expected.length);
        for (const hit of (result?.groups ?? []).flatMap((g) => g.hits)) expect(hit.recordId).toBe(records.ids[hit.kind]);
        // The kind filter and its page answer the same.
        for (const kind of SEARCH_KINDS) {
          const one = await search(ctx, { q: word, kind, committeeId: null, agencyId: null, from: null, to: null, includeArchived: true, page: 1 });
          expect(one?.groups[0]?.hits.length ?? 0).toBe(expected.includes(kind) ? 1 : 0);
        }
      }
    }
  });

  it("matches the fixture's intent: the member sees restricted, only the named person confidential", async () => {
    const w = await world();
    const cleared = ["committee", "meeting", "agendaItem", "statement", "document", "decision", "action", "handover"];
    const open = SEARCH_KINDS.filter((k) => !cleared.includes(k)).sort();
    const kindsFound = async (userId: string, word: string) =>
      Object.keys((await search(await context(userId), { q: word, kind: null, committeeId: null, agencyId: null, from: null, to: null, includeArchived: false, page: 1 }))?.counts ?? {}).sort();
    expect(await kindsFound(w.member.id, w.restrictedWord)).toEqual([...SEARCH_KINDS].sort());
    expect(await kindsFound(w.outsider.id, w.restrictedWord)).toEqual(open);
    expect(await kindsFound(w.member.id, w.confidentialWord)).toEqual(open);
    expect(await kindsFound(w.outsider.id, w.confidentialWord)).toEqual(open);
    expect(await kindsFound(w.named.id, w.confidentialWord)).toEqual([...SEARCH_KINDS].sort());
    expect(await kindsFound(w.named.id, w.restrictedWord)).toEqual(open);
  });
});
