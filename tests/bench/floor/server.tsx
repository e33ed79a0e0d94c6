// The floor: what three of the app's pages would cost with nothing between the driver and the
// markup. The same queries as the app's pages, on raw prepared better-sqlite3 statements, rendered
// with react-dom's renderToString into equivalent markup (a header with the navigation, the same
// tables and lists, links), served by node:http on as many cluster workers as the app under test.
// The runner (../run.ts) measures each floor page right after its app page, in the same run.
//
// Every request does all the work the issue lists for the agencies page: read and verify the signed
// session cookie, the session row, the user with roles and permissions, the current assignments,
// the committee memberships and secretariats, the access grants — no caching — then the page.
//
//   node --import tsx tests/bench/floor/server.tsx   (PORT, DATABASE_URL, RELAIS_WORKERS)
import cluster from "node:cluster";
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { availableParallelism } from "node:os";
import Database from "better-sqlite3";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { responsibilityGaps, responsiblePostIds, type RaciLine, type Tenure } from "../../../app/domain/gaps";

const SECRET = process.env.SESSION_SECRET ?? "relais-development-secret-not-for-production";
const COOKIE = "__relais_session";
const DAY = 86_400_000;

if (cluster.isPrimary) {
  const count = Number(process.env.RELAIS_WORKERS) || availableParallelism();
  for (let i = 0; i < count; i++) cluster.fork();
  const pending = new Map<number, { asker: NonNullable<typeof cluster.workers>[number]; replyTo: number; figures: unknown[]; waiting: number }>();
  let next = 0;
  cluster.on("message", (worker, message: { type?: string; replyTo?: number; id?: number; figures?: unknown }) => {
    if (message.type === "stats?") {
      const id = ++next;
      const workers = Object.values(cluster.workers ?? {});
      pending.set(id, { asker: worker, replyTo: message.replyTo ?? 0, figures: [], waiting: workers.length });
      for (const w of workers) w?.send({ type: "collect", id });
    } else if (message.type === "figures" && message.id !== undefined) {
      const entry = pending.get(message.id);
      if (!entry) return;
      entry.figures.push(message.figures);
      if (entry.figures.length >= entry.waiting) {
        pending.delete(message.id);
        entry.asker?.send({ type: "stats", replyTo: entry.replyTo, stats: { primary: { pid: process.pid, rss: process.memoryUsage.rss() }, workers: entry.figures } });
      }
    }
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
      process.exit(0);
    });
  }
} else {
  runWorker();
}

function runWorker() {
  const file = (process.env.DATABASE_URL ?? "").replace(/^file:/, "");
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  db.pragma("query_only = ON");
  let statements = 0;
  const q = <R,>(sql: string) => {
    const stmt = db.prepare(sql);
    return {
      all: (p: Record<string, unknown> = {}) => (statements++, stmt.all(p) as R[]),
      get: (p: Record<string, unknown> = {}) => (statements++, stmt.get(p) as R | undefined),
    };
  };
  const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
  const list = (ids: readonly string[]) => JSON.stringify(ids);

  // ─── Session and access: the six reads of the issue's floor ───────────────────
  const sessionQ = q<{ userId: string }>(
    "SELECT s.userId FROM Session s JOIN User u ON u.id = s.userId WHERE s.id = @id AND s.expiresAt > @now AND u.disabledAt IS NULL",
  );
  const userQ = q<{ id: string; email: string; locale: string; personId: string | null; givenName: string | null; familyName: string | null }>(
    "SELECT u.id, u.email, u.locale, u.personId, p.givenName, p.familyName FROM User u LEFT JOIN Person p ON p.id = u.personId WHERE u.id = @id",
  );
  const rolesQ = q<{ name: string; permission: string | null }>(
    `SELECT r.name, pm.action || ':' || pm.entity || ':' || pm.access AS permission FROM _RoleToUser ru JOIN Role r ON r.id = ru.A
     LEFT JOIN _PermissionToRole pr ON pr.B = r.id LEFT JOIN Permission pm ON pm.id = pr.A WHERE ru.B = @id`,
  );
  const postsQ = q<{ positionId: string; agencyId: string }>(
    `SELECT a.positionId, po.agencyId FROM Assignment a JOIN Position po ON po.id = a.positionId
     WHERE a.personId = @personId AND a.startDate <= @now AND (a.endDate IS NULL OR a.endDate > @now)`,
  );
  const membershipsQ = q<{ committeeId: string }>(
    `SELECT committeeId FROM CommitteeMembership WHERE agencyId IN (SELECT value FROM json_each(@agencies))
     AND startDate <= @now AND (endDate IS NULL OR endDate > @now)`,
  );
  const secretariatsQ = q<{ id: string }>("SELECT id FROM Committee WHERE secretariatAgencyId IN (SELECT value FROM json_each(@agencies))");
  const grantsQ = q<{ entity: string; entityId: string }>("SELECT entity, entityId FROM AccessGrant WHERE personId = @personId");

  type Ctx = {
    name: string;
    roles: string[];
    permissions: Set<string>;
    personId: string | null;
    positionIds: string[];
    agencyIds: string[];
    committeeIds: string[];
    grants: Map<string, string[]>;
  };

  function sessionIdOf(req: IncomingMessage): string | null {
    const header = req.headers.cookie ?? "";
    const raw = header.split(/;\s*/).find((c) => c.startsWith(`${COOKIE}=`))?.slice(COOKIE.length + 1);
    if (!raw) return null;
    const value = decodeURIComponent(raw);
    const dot = value.lastIndexOf(".");
    const data = value.slice(0, dot);
    const expected = Buffer.from(createHmac("sha256", SECRET).update(data).digest("base64").replace(/=+$/, ""));
    const given = Buffer.from(value.slice(dot + 1));
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const session: unknown = JSON.parse(decodeURIComponent(escape(Buffer.from(data, "base64").toString("latin1"))));
    return session && typeof session === "object" && "sessionId" in session && typeof session.sessionId === "string" ? session.sessionId : null;
  }

  function access(req: IncomingMessage, now: Date): Ctx | null {
    const sessionId = sessionIdOf(req);
    if (!sessionId) return null;
    const at = iso(now);
    const session = sessionQ.get({ id: sessionId, now: at });
    if (!session) return null;
    const user = userQ.get({ id: session.userId });
    if (!user) return null;
    const roleRows = rolesQ.all({ id: user.id });
    const posts = user.personId ? postsQ.all({ personId: user.personId, now: at }) : [];
    const agencyIds = [...new Set(posts.map((p) => p.agencyId))];
    const agencies = list(agencyIds);
    const committeeIds = agencyIds.length
      ? [...new Set([...membershipsQ.all({ agencies, now: at }).map((m) => m.committeeId), ...secretariatsQ.all({ agencies }).map((c) => c.id)])]
      : [];
    const grants = new Map<string, string[]>();
    for (const g of user.personId ? grantsQ.all({ personId: user.personId }) : []) grants.set(g.entity, [...(grants.get(g.entity) ?? []), g.entityId]);
    return {
      name: user.givenName ? `${user.givenName} ${user.familyName}` : user.email,
      roles: [...new Set(roleRows.map((r) => r.name))],
      permissions: new Set(roleRows.flatMap((r) => (r.permission ? [r.permission] : []))),
      personId: user.personId,
      positionIds: [...new Set(posts.map((p) => p.positionId))],
      agencyIds,
      committeeIds,
      grants,
    };
  }

  /** The clearance parameters of the visibility clauses below. */
  const clearance = (ctx: Ctx) => ({
    committees: list(ctx.committeeIds),
    agencies: list(ctx.agencyIds),
    positions: list(ctx.positionIds),
    gMeeting: list(ctx.grants.get("meeting") ?? []),
    gDecision: list(ctx.grants.get("decision") ?? []),
    gAction: list(ctx.grants.get("action") ?? []),
    gDocument: list(ctx.grants.get("document") ?? []),
    gDeadline: list(ctx.grants.get("reportingDeadline") ?? []),
    gHandover: list(ctx.grants.get("handover") ?? []),
  });
  const seen = (alias: string, grant: string, agencyColumn?: string) =>
    `(${alias}.confidentiality IN ('public','internal')
      OR (${alias}.confidentiality = 'restricted' AND ${alias}.committeeId IN (SELECT value FROM json_each(@committees)))
      ${agencyColumn ? `OR (${alias}.confidentiality = 'restricted' AND ${alias}.committeeId IS NULL AND ${alias}.${agencyColumn} IN (SELECT value FROM json_each(@agencies)))` : ""}
      OR ${alias}.id IN (SELECT value FROM json_each(@${grant})))`;

  // ─── Agencies ─────────────────────────────────────────────────────────────
  const agencyPageQ = q<{ id: string; name: string; acronym: string | null; kind: string; parentId: string | null; parentName: string | null; parentAcronym: string | null; posts: number }>(
    `SELECT a.id, a.name, a.acronym, a.kind, p.id AS parentId, p.name AS parentName, p.acronym AS parentAcronym,
       (SELECT count(*) FROM Position po WHERE po.agencyId = a.id AND po.archivedAt IS NULL) AS posts
     FROM Agency a LEFT JOIN Agency p ON p.id = a.parentId WHERE a.archivedAt IS NULL ORDER BY a.name, a.id LIMIT 25 OFFSET 0`,
  );
  const agencyCountQ = q<{ n: number }>("SELECT count(*) AS n FROM Agency WHERE archivedAt IS NULL");

  function agenciesPage(ctx: Ctx) {
    const rows = agencyPageQ.all();
    const total = agencyCountQ.get()?.n ?? 0;
    return (
      <Page ctx={ctx} title="Agencies">
        <section aria-labelledby="agencies-title">
          <div className="page-heading">
            <h1 id="agencies-title">Agencies</h1>
            <div className="button-row">
              <a className="button" href="/agencies/map">Stakeholder map</a>
              {ctx.permissions.has("create:agency:any") ? <a className="button button--primary" href="/agencies/new">New agency</a> : null}
            </div>
          </div>
          <form method="get" className="filters" role="search">
            <label>Search<input type="search" name="q" defaultValue="" /></label>
            <label>Kind<select name="kind" defaultValue=""><option value="">All</option><option value="ministry">Ministry</option><option value="customs">Customs</option><option value="police">Police</option></select></label>
            <label className="checkbox"><input type="checkbox" name="archived" value="1" />Show archived</label>
            <button type="submit" className="button">Filter</button>
          </form>
          <div className="table-scroll">
            <table className="data-table">
              <thead><tr><th scope="col">Name</th><th scope="col">Acronym</th><th scope="col">Kind</th><th scope="col">Parent</th><th scope="col" className="num">Posts</th></tr></thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id}>
                    <td><a href={`/agencies/${a.id}`}>{a.name}</a></td>
                    <td>{a.acronym}</td>
                    <td>{a.kind}</td>
                    <td>{a.parentId ? <a href={`/agencies/${a.parentId}`}>{a.parentAcronym ?? a.parentName}</a> : null}</td>
                    <td className="num">{a.posts}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager total={total} />
        </section>
      </Page>
    );
  }

  // ─── The focal point's dashboard ────────────────────────────────────────────
  const myPostsQ = q<{ id: string; acting: number; plannedEndDate: string | null; positionId: string; title: string; agencyId: string; agencyName: string; acronym: string | null }>(
    `SELECT a.id, a.acting, a.plannedEndDate, po.id AS positionId, po.title, ag.id AS agencyId, ag.name AS agencyName, ag.acronym
     FROM Assignment a JOIN Position po ON po.id = a.positionId JOIN Agency ag ON ag.id = po.agencyId
     WHERE a.personId = @personId AND a.startDate <= @now AND (a.endDate IS NULL OR a.endDate > @now) ORDER BY a.startDate`,
  );
  const myActionsWhere = `x.ownerPositionId IN (SELECT value FROM json_each(@positions)) AND x.status IN ('open','in_progress') AND x.archivedAt IS NULL AND ${seen("x", "gAction", "ownerAgencyId")}`;
  const myActionsQ = q<{ id: string; title: string; status: string; dueDate: string | null; positionId: string; positionTitle: string; held: number; agencyId: string; agencyName: string; acronym: string | null; committeeShort: string | null; year: number | null; serial: number | null; prefix: string | null }>(
    `SELECT x.id, x.title, x.status, x.dueDate, po.id AS positionId, po.title AS positionTitle,
       EXISTS (SELECT 1 FROM Assignment a WHERE a.positionId = po.id AND a.startDate <= @now AND (a.endDate IS NULL OR a.endDate > @now)) AS held,
       ag.id AS agencyId, ag.name AS agencyName, ag.acronym, c.shortName AS committeeShort, d.year, d.serial, dc.decisionPrefix AS prefix
     FROM Action x JOIN Position po ON po.id = x.ownerPositionId JOIN Agency ag ON ag.id = x.ownerAgencyId
     LEFT JOIN Committee c ON c.id = x.committeeId LEFT JOIN Decision d ON d.id = x.decisionId LEFT JOIN Committee dc ON dc.id = d.committeeId
     WHERE ${myActionsWhere} ORDER BY x.dueDate IS NULL, x.dueDate, x.id LIMIT 10`,
  );
  const myActionCountsQ = q<{ total: number; overdue: number }>(
    `SELECT count(*) AS total, count(CASE WHEN x.dueDate < @today THEN 1 END) AS overdue FROM Action x WHERE ${myActionsWhere}`,
  );
  const myMeetingsQ = q<{ id: string; title: string; startsAt: string; timeZone: string; venue: string | null; status: string; committee: string | null }>(
    `SELECT m.id, m.title, m.startsAt, m.timeZone, m.venue, m.status, c.shortName AS committee
     FROM Meeting m JOIN Committee c ON c.id = m.committeeId
     WHERE m.startsAt >= @now AND m.startsAt < @until AND m.archivedAt IS NULL AND m.status <> 'cancelled'
       AND (m.committeeId IN (SELECT value FROM json_each(@committees))
         OR EXISTS (SELECT 1 FROM Participation p WHERE p.meetingId = m.id AND (p.positionId IN (SELECT value FROM json_each(@positions)) OR p.personId = @personId)))
       AND ${seen("m", "gMeeting")}
     ORDER BY m.startsAt LIMIT 10`,
  );
  const myDeadlinesQ = q<{ id: string; cycle: string; dueDate: string; title: string }>(
    `SELECT d.id, d.cycle, d.dueDate, o.title FROM ReportingDeadline d JOIN ReportingObligation o ON o.id = d.obligationId
     WHERE d.dueDate >= @today AND d.dueDate < @in60 AND d.archivedAt IS NULL AND d.status NOT IN ('submitted','waived')
       AND (o.leadPositionId IN (SELECT value FROM json_each(@positions)) OR o.leadAgencyId IN (SELECT value FROM json_each(@agencies))
         OR EXISTS (SELECT 1 FROM ObligationContributor oc WHERE oc.obligationId = o.id AND oc.archivedAt IS NULL AND oc.agencyId IN (SELECT value FROM json_each(@agencies))))
       AND (d.confidentiality IN ('public','internal') OR d.id IN (SELECT value FROM json_each(@gDeadline)))
     ORDER BY d.dueDate LIMIT 10`,
  );
  const myMilestonesQ = q<{ id: string; kind: string; title: string | null; dueDate: string; cycle: string; obligation: string }>(
    `SELECT ms.id, ms.kind, ms.title, ms.dueDate, d.cycle, o.title AS obligation FROM Milestone ms
     JOIN ReportingDeadline d ON d.id = ms.deadlineId JOIN ReportingObligation o ON o.id = d.obligationId
     WHERE ms.ownerPositionId IN (SELECT value FROM json_each(@positions)) AND ms.dueDate >= @today AND ms.dueDate < @in60
       AND ms.status = 'pending' AND ms.archivedAt IS NULL AND d.archivedAt IS NULL
       AND (d.confidentiality IN ('public','internal') OR d.id IN (SELECT value FROM json_each(@gDeadline)))
     ORDER BY ms.dueDate LIMIT 10`,
  );
  const myHandoversQ = q<{ id: string; title: string; agency: string }>(
    `SELECT h.id, po.title, ag.name AS agency FROM Handover h JOIN Position po ON po.id = h.positionId JOIN Agency ag ON ag.id = h.agencyId
     WHERE h.incomingPersonId = @personId AND h.status = 'submitted' AND h.archivedAt IS NULL
       AND (h.confidentiality IN ('public','internal') OR (h.confidentiality = 'restricted' AND h.agencyId IN (SELECT value FROM json_each(@agencies)))
         OR h.id IN (SELECT value FROM json_each(@gHandover)))
     ORDER BY h.submittedAt LIMIT 10`,
  );
  const myAgenciesQ = q<{ id: string; name: string; acronym: string | null }>(
    "SELECT id, name, acronym FROM Agency WHERE id IN (SELECT value FROM json_each(@agencies)) AND archivedAt IS NULL ORDER BY name LIMIT 5",
  );
  const agencyResponsibilitiesQ = q<{ id: string; title: string }>(
    `SELECT r.id, r.title FROM Responsibility r WHERE r.archivedAt IS NULL
       AND EXISTS (SELECT 1 FROM ResponsibilityAssignment ra WHERE ra.responsibilityId = r.id AND ra.agencyId = @agencyId AND ra.archivedAt IS NULL)
     ORDER BY r.title, r.id LIMIT 5000`,
  );
  const linesQ = q<RaciLine & { responsibilityId: string }>(
    `SELECT responsibilityId, agencyId, positionId, role FROM ResponsibilityAssignment
     WHERE responsibilityId IN (SELECT value FROM json_each(@ids)) AND archivedAt IS NULL ORDER BY role, id`,
  );
  const tenuresQ = q<{ id: string; positionId: string; personId: string; startDate: string; plannedEndDate: string | null; endDate: string | null; acting: number }>(
    `SELECT id, positionId, personId, startDate, plannedEndDate, endDate, acting FROM Assignment
     WHERE positionId IN (SELECT value FROM json_each(@ids)) AND (endDate IS NULL OR endDate > @now)`,
  );

  function agencyGaps(agencyId: string, now: Date) {
    const responsibilities = agencyResponsibilitiesQ.all({ agencyId });
    const lines = linesQ.all({ ids: list(responsibilities.map((r) => r.id)) });
    const tenures: Tenure[] = tenuresQ.all({ ids: list(responsiblePostIds(lines)), now: iso(now) }).map((t) => ({
      ...t,
      startDate: new Date(t.startDate),
      plannedEndDate: t.plannedEndDate ? new Date(t.plannedEndDate) : null,
      endDate: t.endDate ? new Date(t.endDate) : null,
      acting: t.acting === 1,
    }));
    const linesOf = new Map<string, RaciLine[]>();
    for (const l of lines) linesOf.set(l.responsibilityId, [...(linesOf.get(l.responsibilityId) ?? []), l]);
    const tenuresOf = new Map<string, Tenure[]>();
    for (const t of tenures) tenuresOf.set(t.positionId, [...(tenuresOf.get(t.positionId) ?? []), t]);
    const all = responsibilities.flatMap((r) => {
      const own = linesOf.get(r.id) ?? [];
      return responsibilityGaps(own, responsiblePostIds(own).flatMap((p) => tenuresOf.get(p) ?? []), now).map((gap) => ({ r, gap }));
    });
    return { items: all.slice(0, 10), total: all.length };
  }

  function dashboardPage(ctx: Ctx) {
    const now = new Date();
    const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const p = {
      ...clearance(ctx),
      personId: ctx.personId,
      now: iso(now),
      today: iso(today),
      until: iso(new Date(now.getTime() + 30 * DAY)),
      in60: iso(new Date(today.getTime() + 60 * DAY)),
    };
    const posts = ctx.personId ? myPostsQ.all(p) : [];
    const actions = myActionsQ.all(p);
    const counts = myActionCountsQ.get(p) ?? { total: 0, overdue: 0 };
    const meetings = myMeetingsQ.all(p);
    const deadlines = myDeadlinesQ.all(p);
    const milestones = myMilestonesQ.all(p);
    const handovers = ctx.personId ? myHandoversQ.all(p) : [];
    const gaps = myAgenciesQ.all(p).map((agency) => ({ agency, ...agencyGaps(agency.id, now) }));
    const day = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
    return (
      <Page ctx={ctx} title="My work">
        <div className="dashboard">
          <h1>My work</h1>
          <p className="lede">Hello, {ctx.name}</p>
          <section className="card" aria-labelledby="posts"><h2 id="posts">My posts</h2>
            <ul className="plain-list">{posts.map((a) => <li key={a.id}><strong>{a.title}</strong>{a.acting ? <span className="badge">acting</span> : null} — <a href={`/agencies/${a.agencyId}`}>{a.acronym ?? a.agencyName}</a>{a.plannedEndDate ? <span className="muted"> · until {day(a.plannedEndDate)}</span> : null}</li>)}</ul>
            <p className="card__more"><a href="/responsibilities/mine">My responsibilities</a></p>
          </section>
          {handovers.length ? <section className="card"><h2>Handovers to read</h2><ul className="plain-list">{handovers.map((h) => <li key={h.id}><a href={`/handovers/${h.id}`}>{h.title}</a> ({h.agency})</li>)}</ul></section> : null}
          <section className="card dashboard__wide" aria-labelledby="actions-title">
            <h2 id="actions-title">Open actions <span className="count">({counts.total})</span>{counts.overdue ? <span className="badge badge--danger">{counts.overdue} overdue</span> : null}</h2>
            <div className="table-scroll"><table className="data-table"><thead><tr><th>Action</th><th>Owner</th><th>Committee</th><th>Decision</th><th>Due</th><th>Status</th></tr></thead>
              <tbody>{actions.map((x) => (
                <tr key={x.id}>
                  <td><a href={`/actions/${x.id}`}>{x.title}</a></td>
                  <td><a href={`/positions/${x.positionId}`}>{x.positionTitle}</a>{x.held ? null : <span className="badge badge--warning">vacant</span>} <span className="muted">{x.acronym ?? x.agencyName}</span></td>
                  <td>{x.committeeShort}</td>
                  <td>{x.serial !== null ? `${x.prefix ?? ""}${x.serial}/${x.year}` : null}</td>
                  <td>{x.dueDate ? day(x.dueDate) : "—"}</td>
                  <td><span className="badge">{x.status}</span></td>
                </tr>
              ))}</tbody></table></div>
            <p className="card__more"><a href="/actions?mine=1">All my actions</a></p>
          </section>
          <section className="card"><h2>Upcoming meetings</h2>
            <ul className="plain-list">{meetings.map((m) => <li key={m.id}><a href={`/meetings/${m.id}`}>{m.title}</a> <span className="muted">{new Date(m.startsAt).toLocaleString("en-GB", { timeZone: m.timeZone })} {m.timeZone}{m.venue ? ` · ${m.venue}` : ""} · {m.status}</span></li>)}</ul>
            <p className="card__more"><a href="/meetings">All meetings</a></p>
          </section>
          <section className="card"><h2>Reporting deadlines</h2>
            <ul className="plain-list">
              {deadlines.map((d) => <li key={d.id}><strong>{d.title}</strong> ({d.cycle}) — <span className="muted">due {day(d.dueDate)}</span></li>)}
              {milestones.map((m) => <li key={m.id}>{m.title ?? m.kind} <span className="muted">· {m.obligation} ({m.cycle}) — due {day(m.dueDate)}</span></li>)}
            </ul>
          </section>
          {gaps.map((g) => (
            <section className="card" key={g.agency.id}><h2>Gaps — {g.agency.acronym ?? g.agency.name} <span className="count">({g.total})</span></h2>
              <ul className="plain-list">{g.items.map(({ r, gap }, i) => <li key={`${r.id}:${i}`}><a href={`/responsibilities/${r.id}`}>{r.title}</a> <span className="badge badge--warning">{gap.kind}</span></li>)}</ul>
            </section>
          ))}
        </div>
      </Page>
    );
  }

  // ─── The meeting page (20 agenda items) ──────────────────────────────────────
  const meetingQ = q<{ id: string; title: string; startsAt: string; endsAt: string; timeZone: string; venue: string | null; room: string | null; status: string; confidentiality: string; committeeId: string; committeeName: string; shortName: string | null; prefix: string | null; rrule: string | null; chairLabel: string | null; chairGiven: string | null; chairFamily: string | null; agendaAdoptedAt: string | null; nextMeetingNote: string | null; archivedAt: string | null }>(
    `SELECT m.id, m.title, m.startsAt, m.endsAt, m.timeZone, m.venue, m.room, m.status, m.confidentiality, m.committeeId,
       c.name AS committeeName, c.shortName, c.decisionPrefix AS prefix, s.rrule, m.chairLabel, cp.givenName AS chairGiven, cp.familyName AS chairFamily,
       m.agendaAdoptedAt, m.nextMeetingNote, m.archivedAt
     FROM Meeting m JOIN Committee c ON c.id = m.committeeId LEFT JOIN MeetingSeries s ON s.id = m.seriesId LEFT JOIN Person cp ON cp.id = m.chairPersonId
     WHERE m.id = @id`,
  );
  const marksQ = q<{ id: string; kind: string; at: string }>("SELECT id, kind, at FROM MeetingTimeMark WHERE meetingId = @id ORDER BY at");
  const itemsQ = q<{ id: string; order: number; label: string | null; title: string; kind: string; notes: string | null; confidentiality: string; presenter: string | null }>(
    `SELECT i.id, i."order", i.label, i.title, i.kind, i.notes, i.confidentiality, coalesce(a.acronym, a.name) AS presenter
     FROM AgendaItem i LEFT JOIN Agency a ON a.id = i.presenterAgencyId WHERE i.meetingId = @id AND i.archivedAt IS NULL ORDER BY i."order", i.createdAt LIMIT 200`,
  );
  const itemLinksQ = q<{ agendaItemId: string | null; statementId: string | null; linkId: string; documentId: string; symbol: string | null; title: string }>(
    `SELECT l.agendaItemId, l.statementId, l.id AS linkId, d.id AS documentId, d.symbol, d.title FROM DocumentLink l JOIN Document d ON d.id = l.documentId
     WHERE (l.agendaItemId IN (SELECT value FROM json_each(@items)) OR l.statementId IN (SELECT s.id FROM Statement s WHERE s.agendaItemId IN (SELECT value FROM json_each(@items))))
       AND l.archivedAt IS NULL AND ${seen("d", "gDocument", "agencyId")} ORDER BY l.createdAt`,
  );
  const itemDecisionsQ = q<{ id: string; agendaItemId: string; year: number; serial: number; title: string; status: string }>(
    `SELECT d.id, d.agendaItemId, d.year, d.serial, d.title, d.status FROM Decision d
     WHERE d.agendaItemId IN (SELECT value FROM json_each(@items)) AND d.archivedAt IS NULL AND ${seen("d", "gDecision")} ORDER BY d.year, d.serial`,
  );
  const statementsQ = q<{ id: string; agendaItemId: string; speakerLabel: string; summary: string | null }>(
    `SELECT id, agendaItemId, speakerLabel, summary FROM Statement WHERE agendaItemId IN (SELECT value FROM json_each(@items)) AND archivedAt IS NULL ORDER BY "order"`,
  );
  // "+x.archivedAt": the same planner hint as the app's matters arising (app/models/meeting-page.server.ts),
  // so the floor stays the best the raw driver does and not the planner's slower choice.
  const arisingWhere = `x.committeeId = @committeeId AND x.status IN ('open','in_progress') AND +x.archivedAt IS NULL AND x.createdAt < @startsAt AND ${seen("x", "gAction", "ownerAgencyId")}`;
  const arisingQ = q<{ id: string; title: string; status: string; dueDate: string | null; post: string; agency: string }>(
    `SELECT x.id, x.title, x.status, x.dueDate, po.title AS post, coalesce(ag.acronym, ag.name) AS agency FROM Action x
     JOIN Position po ON po.id = x.ownerPositionId JOIN Agency ag ON ag.id = x.ownerAgencyId
     WHERE ${arisingWhere} ORDER BY x.dueDate IS NULL, x.dueDate, x.id LIMIT 25`,
  );
  const arisingCountQ = q<{ n: number }>(`SELECT count(*) AS n FROM Action x WHERE ${arisingWhere}`);
  const attendanceQ = q<{ attendance: string; n: number }>(
    "SELECT attendance, count(*) AS n FROM Participation WHERE meetingId = @id AND archivedAt IS NULL GROUP BY attendance",
  );
  const documentsQ = q<{ id: string; symbol: string | null; title: string; issuedOn: string | null; languages: string }>(
    `SELECT d.id, d.symbol, d.title, d.issuedOn, d.languages FROM Document d WHERE d.meetingId = @id AND d.archivedAt IS NULL AND ${seen("d", "gDocument", "agencyId")}
     ORDER BY d.issuedOn IS NULL, d.issuedOn, d.symbol LIMIT 100`,
  );

  const canSee = (ctx: Ctx, entity: string, r: { id: string; confidentiality: string; committeeId?: string }) =>
    (ctx.grants.get(entity) ?? []).includes(r.id) ||
    r.confidentiality === "public" ||
    r.confidentiality === "internal" ||
    (r.confidentiality === "restricted" && r.committeeId !== undefined && ctx.committeeIds.includes(r.committeeId));

  function meetingPage(ctx: Ctx, id: string): ReactNode | null {
    const m = meetingQ.get({ id });
    if (!m || m.archivedAt || !canSee(ctx, "meeting", m)) return null;
    const c = clearance(ctx);
    const marks = marksQ.all({ id });
    const items = itemsQ.all({ id }).filter((i) => canSee(ctx, "agendaItem", { ...i, committeeId: m.committeeId }));
    const ids = list(items.map((i) => i.id));
    const links = itemLinksQ.all({ ...c, items: ids });
    const decisions = itemDecisionsQ.all({ ...c, items: ids });
    const statements = statementsQ.all({ items: ids });
    const arising = arisingQ.all({ ...c, committeeId: m.committeeId, startsAt: m.startsAt });
    const arisingTotal = arisingCountQ.get({ ...c, committeeId: m.committeeId, startsAt: m.startsAt })?.n ?? 0;
    const attendance = attendanceQ.all({ id });
    const documents = documentsQ.all({ ...c, id });
    const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { timeZone: m.timeZone, dateStyle: "medium", timeStyle: "short" });
    const symbols = (own: typeof links) => own.map((l, i) => <span key={l.linkId}>{i ? ", " : ""}<a href={`/documents/${l.documentId}`} className="symbol" title={l.title}>{l.symbol ?? l.title}</a></span>);
    return (
      <Page ctx={ctx} title={`${m.title} — Relais`}>
        <article aria-labelledby="meeting-title" className="stack">
          <header className="page-heading">
            <p className="muted"><a href={`/committees/${m.committeeId}`}>{m.committeeName}</a></p>
            <h1 id="meeting-title">{m.title}</h1>
            <p>{when(m.startsAt)} – {when(m.endsAt)} ({m.timeZone}){m.venue ? ` · ${m.venue}` : ""}{m.room ? `, ${m.room}` : ""} <span className="badge">{m.status}</span> <span className="badge">{m.confidentiality}</span></p>
            <nav className="tabs"><a href={`/meetings/${m.id}`}>Overview</a><a href={`/meetings/${m.id}/agenda`}>Agenda</a><a href={`/meetings/${m.id}/attendance`}>Attendance</a><a href={`/meetings/${m.id}/journal`}>Journal</a><a href={`/meetings/${m.id}/actions`}>Actions</a></nav>
          </header>
          <dl className="facts">
            {m.chairLabel || m.chairGiven ? <><dt>Chair</dt><dd>{m.chairLabel ?? `${m.chairGiven} ${m.chairFamily}`}</dd></> : null}
            {m.rrule ? <><dt>Series</dt><dd><code className="muted">{m.rrule}</code></dd></> : null}
            <dt>Agenda</dt><dd>{m.agendaAdoptedAt ? `Adopted ${when(m.agendaAdoptedAt)}` : "Not adopted yet"}</dd>
            <dt>Attendance</dt><dd>{attendance.map((a) => `${a.attendance}: ${a.n}`).join(" · ")} <a href="attendance">Open the register</a></dd>
            {marks.length ? <><dt>Time marks</dt><dd>{marks.map((k) => `${k.kind} ${when(k.at)}`).join(" · ")}</dd></> : null}
            {m.nextMeetingNote ? <><dt>Next meeting</dt><dd>{m.nextMeetingNote}</dd></> : null}
          </dl>
          <section aria-labelledby="agenda-title">
            <h2 id="agenda-title">Agenda</h2>
            <ol className="agenda">
              {items.map((item, index) => (
                <li key={item.id} aria-labelledby={`item-${item.id}`}>
                  <div className="agenda__head">
                    <h3 id={`item-${item.id}`} className="agenda__title"><span className="agenda__label">{item.label ?? index + 1}</span> {item.title}</h3>
                    {ctx.permissions.has("create:decision:any") ? <a href={`/decisions/new?meetingId=${m.id}&agendaItemId=${item.id}`}>Record a decision</a> : null}
                  </div>
                  {item.presenter ? <p className="agenda__meta">Presented by {item.presenter}</p> : null}
                  {item.notes ? <p className="prose">{item.notes}</p> : null}
                  {links.some((l) => l.agendaItemId === item.id) ? <p className="agenda__meta">Documents: {symbols(links.filter((l) => l.agendaItemId === item.id))}</p> : null}
                  {statements.filter((s) => s.agendaItemId === item.id).map((s) => (
                    <p key={s.id} className="statement"><strong>{s.speakerLabel}</strong> {s.summary} {symbols(links.filter((l) => l.statementId === s.id))}</p>
                  ))}
                  {decisions.filter((d) => d.agendaItemId === item.id).map((d) => (
                    <p key={d.id}><a href={`/decisions/${d.id}`}>{m.prefix}{d.serial}/{d.year}</a> {d.title} <span className="badge">{d.status}</span></p>
                  ))}
                  {item.kind === "matters_arising" ? (
                    <ul className="plain-list">{arising.map((x) => <li key={x.id}><a href={`/actions/${x.id}`}>{x.title}</a> <span className="muted">{x.post} ({x.agency}) · {x.dueDate ? new Date(x.dueDate).toLocaleDateString("en-GB") : "—"} · {x.status}</span></li>)}{arisingTotal > arising.length ? <li><a href={`/actions?committee=${m.committeeId}`}>{arisingTotal - arising.length} more</a></li> : null}</ul>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="documents-title">
            <h2 id="documents-title">Documents</h2>
            <ul className="plain-list">{documents.map((d) => <li key={d.id}>{d.symbol ? <span className="symbol">{d.symbol}</span> : null} <a href={`/documents/${d.id}`}>{d.title}</a> <span className="muted">{d.issuedOn ? new Date(d.issuedOn).toLocaleDateString("en-GB", { timeZone: "UTC" }) : ""} · {d.languages.toUpperCase()}</span></li>)}</ul>
          </section>
        </article>
      </Page>
    );
  }

  // ─── Markup shared by the pages, like the app's root layout and header ─────────
  const NAV = [["/", "My work"], ["/agencies", "Agencies"], ["/people", "People"], ["/responsibilities", "Responsibilities"], ["/committees", "Committees"], ["/meetings", "Meetings"], ["/decisions", "Decisions"], ["/reporting", "Reporting"], ["/handovers", "Handovers"], ["/search", "Search"]] as const;
  function Page({ ctx, title, children }: { ctx: Ctx; title: string; children: ReactNode }) {
    return (
      <html lang="en">
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{title}</title>
          <link rel="stylesheet" href="/build/_assets/app.css" />
          <link rel="icon" href="/favicon.ico" />
        </head>
        <body>
          <header className="app-header">
            <a className="skip-link" href="#main">Skip to content</a>
            <div className="app-header__bar">
              <a href="/" className="brand"><span className="brand__name">Relais</span><span className="brand__tagline">Inter-agency coordination</span></a>
              <div className="app-header__tools">
                <span className="user-chip">Signed in as {ctx.name}{ctx.roles.map((r) => <span key={r} className="badge badge--role">{r}</span>)}</span>
                <form method="post" action="/language" className="inline-form"><input type="hidden" name="locale" value="fr" /><button type="submit" className="button button--quiet" lang="fr">Français</button></form>
                <form method="post" action="/logout" className="inline-form"><button type="submit" className="button button--quiet">Sign out</button></form>
              </div>
            </div>
            <nav aria-label="Main" className="main-nav"><ul>{NAV.map(([to, label]) => <li key={to}><a href={to}>{label}</a></li>)}</ul></nav>
          </header>
          <main id="main">{children}</main>
        </body>
      </html>
    );
  }
  function Pager({ total }: { total: number }) {
    const pages = Math.max(1, Math.ceil(total / 25));
    return <nav className="pagination" aria-label="Pages"><span>Page 1 of {pages} ({total})</span>{pages > 1 ? <a href="?page=2" rel="next">Next</a> : null}</nav>;
  }

  // ─── node:http ───────────────────────────────────────────────────────────
  function send(res: ServerResponse, status: number, body: string, type = "text/html; charset=utf-8") {
    res.writeHead(status, { "Content-Type": type, "Content-Length": Buffer.byteLength(body) });
    res.end(body);
  }

  const waiting = new Map<number, ServerResponse>();
  let nextAsk = 0;
  process.on("message", (message: { type?: string; id?: number; replyTo?: number; stats?: unknown }) => {
    if (message.type === "collect") {
      const memory = process.memoryUsage();
      process.send?.({ type: "figures", id: message.id, figures: { pid: process.pid, index: cluster.worker?.id ?? 0, statements, rss: memory.rss, heapUsed: memory.heapUsed, heapTotal: memory.heapTotal, external: memory.external } });
    } else if (message.type === "stats" && message.replyTo !== undefined) {
      const res = waiting.get(message.replyTo);
      waiting.delete(message.replyTo);
      if (res) send(res, 200, JSON.stringify(message.stats), "application/json");
    }
  });

  createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://floor");
    if (url.pathname === "/__relais/stats") {
      const id = ++nextAsk;
      waiting.set(id, res);
      process.send?.({ type: "stats?", replyTo: id });
      return;
    }
    try {
      const ctx = access(req, new Date());
      if (!ctx) return send(res, 302, "");
      let page: ReactNode | null = null;
      if (url.pathname === "/agencies") page = agenciesPage(ctx);
      else if (url.pathname === "/") page = dashboardPage(ctx);
      else if (url.pathname.startsWith("/meetings/")) page = meetingPage(ctx, decodeURIComponent(url.pathname.slice("/meetings/".length)));
      if (!page) return send(res, 404, "Not Found", "text/plain");
      send(res, 200, `<!DOCTYPE html>${renderToString(page)}`);
    } catch (error) {
      console.error(error);
      send(res, 500, "Error", "text/plain");
    }
  }).listen(Number(process.env.PORT) || 3301);
  process.on("SIGTERM", () => process.exit(0));
}
