// The search index against a real migrated database: accents and case, symbols and prefixes, every
// kind, the index kept in step by any writer (create, update, archive, a meeting's change reaching
// its agenda), the rebuild command, and user input that is never an error.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import type { AccessContext } from "../../app/domain/access";
import { search, type SearchFilters } from "../../app/models/search.server";
import { loadAccess } from "../../app/permissions.server";
import { SEARCH_KINDS, triggerStatements } from "../../app/search/index-definition";
import { SEARCH_GROUP_SIZE, SEARCH_PAGE_SIZE, SEARCH_WINDOW } from "../../app/search/results";
import { rebuildSearchIndex } from "../../app/search/rebuild.server";
import { setAgencyArchived } from "../../app/models/agency.server";
import { createAgency, createUser } from "../support/fixtures";
import { recordsOfEveryKind, uniqueWord } from "../support/search-fixtures";

function filters(q: string, extra: Partial<SearchFilters> = {}): SearchFilters {
  return { q, kind: null, committeeId: null, agencyId: null, from: null, to: null, includeArchived: false, page: 1, ...extra };
}

async function viewerContext(): Promise<AccessContext> {
  const user = await createUser("viewer");
  const access = await loadAccess(user.id);
  if (!access) throw new Error("fixture");
  return access.ctx;
}

async function titles(ctx: AccessContext, q: string, extra: Partial<SearchFilters> = {}) {
  const result = await search(ctx, filters(q, extra));
  return (result?.groups ?? []).flatMap((g) => g.hits.map((h) => h.title));
}

describe("search", () => {
  it("folds accents and case, in both directions", async () => {
    const ctx = await viewerContext();
    const word = uniqueWord();
    await createAgency({ name: `Direction du Contrôle des armes ${word}` });
    await createAgency({ name: `Export control office ${word}` });
    expect(await titles(ctx, `controle ${word}`)).toEqual([`Direction du Contrôle des armes ${word}`]);
    expect(await titles(ctx, `CONTRÔLE ${word.toUpperCase()}`)).toEqual([`Direction du Contrôle des armes ${word}`]);
    expect(await titles(ctx, `contrôlé ${word}`)).toEqual([`Direction du Contrôle des armes ${word}`]);
    // A term matches words that begin with it: "contr" finds both.
    expect((await titles(ctx, `contr ${word}`)).sort()).toEqual([`Direction du Contrôle des armes ${word}`, `Export control office ${word}`]);
  });

  it("finds document symbols exactly and by prefix, the exact one first", async () => {
    const ctx = await viewerContext();
    const prefix = uniqueWord("SYM").toUpperCase();
    const make = (symbol: string) => prisma.document.create({ data: { symbol, title: `Document ${symbol}`, kind: "decision" }, select: { id: true } });
    await make(`${prefix}.DEC/1/18`);
    await make(`${prefix}.DEC/1/18/Corr.1`);
    await make(`${prefix}.DEC/2/18`);
    await make(`ATT/CSP10.${prefix}/2024/CHAIR/778/AnnAgenda`);

    const exact = await search(ctx, filters(`${prefix}.DEC/1/18`, { kind: "document" }));
    expect(exact?.groups[0]?.hits.map((h) => h.symbol)).toEqual([`${prefix}.DEC/1/18`, `${prefix}.DEC/1/18/Corr.1`]);
    expect((await search(ctx, filters(`${prefix.toLowerCase()}.dec/1`, { kind: "document" })))?.groups[0]?.hits.map((h) => h.symbol).sort()).toEqual([
      `${prefix}.DEC/1/18`,
      `${prefix}.DEC/1/18/Corr.1`,
    ]);
    expect((await search(ctx, filters(`${prefix}.DEC`, { kind: "document" })))?.counts.document).toBe(3);
    const long = `ATT/CSP10.${prefix}/2024/CHAIR/778/AnnAgenda`;
    expect(await titles(ctx, long)).toEqual([`Document ${long}`]);
    expect(await titles(ctx, `ATT/CSP10.${prefix}/2024`)).toEqual([`Document ${long}`]);
  });

  it("finds decisions by their number symbol (FSC.DEC/1/18)", async () => {
    const ctx = await viewerContext();
    const prefix = uniqueWord("DP").toUpperCase();
    const committee = await prisma.committee.create({ data: { name: "Forum", kind: "standing", decisionPrefix: `${prefix}.DEC` }, select: { id: true } });
    await prisma.decision.create({
      data: { committeeId: committee.id, year: 2018, serial: 1, title: "Best practice guide on deactivation", text: "…", decidedOn: new Date(Date.UTC(2018, 4, 2)) },
    });
    const result = await search(ctx, filters(`${prefix}.DEC/1/18`));
    expect(result?.groups.map((g) => [g.kind, g.hits[0]?.symbol])).toEqual([["decision", `${prefix}.DEC/1/18`]]);
    // The committee's prefix changes: its decisions' symbols follow.
    await prisma.committee.update({ where: { id: committee.id }, data: { decisionPrefix: `${prefix}.NEW` } });
    expect(await titles(ctx, `${prefix}.DEC/1/18`)).toEqual([]);
    expect(await titles(ctx, `${prefix}.NEW/1/18`)).toEqual(["Best practice guide on deactivation"]);
  });

  it("finds every kind, with a highlighted snippet, and filters by kind", async () => {
    const ctx = await viewerContext();
    const word = uniqueWord();
    await recordsOfEveryKind(word);
    const result = await search(ctx, filters(word));
    expect(Object.keys(result?.counts ?? {}).sort()).toEqual([...SEARCH_KINDS].sort());
    expect(result?.total).toBe(SEARCH_KINDS.length);
    for (const group of result?.groups ?? []) {
      expect(group.hits[0]?.snippet).toContain(`\u0002${word}\u0003`);
    }
    const onlyDecisions = await search(ctx, filters(word, { kind: "decision" }));
    expect(onlyDecisions?.groups.map((g) => g.kind)).toEqual(["decision"]);
    expect(onlyDecisions?.groups[0]?.hits).toHaveLength(1);
    expect(onlyDecisions?.counts.statement).toBe(1);
  });

  it("bounds the work on a very common word: counts marked as minimums, narrowing reaches further", async () => {
    const ctx = await viewerContext();
    const word = uniqueWord();
    const oldest = await createAgency({ name: `Oldest office ${word}` });
    await prisma.agency.createMany({ data: Array.from({ length: SEARCH_WINDOW + 20 }, (_, i) => ({ name: `Office ${i} ${word}`, kind: "ministry" })) });
    const all = await search(ctx, filters(word));
    expect(all?.counts.agency).toBe(SEARCH_WINDOW);
    expect(all?.atLeast.agency).toBe(true);
    expect(all?.groups[0]?.hits).toHaveLength(SEARCH_GROUP_SIZE);
    // Newest first: the first agency is outside the window, so it is not among the kind's pages…
    const lastPage = Math.ceil(SEARCH_WINDOW / SEARCH_PAGE_SIZE);
    const paged = await search(ctx, filters(word, { kind: "agency", page: lastPage }));
    expect(paged?.groups[0]?.hits).toHaveLength(SEARCH_PAGE_SIZE);
    const pages = [];
    for (let page = 1; page <= lastPage; page++) pages.push(...((await search(ctx, filters(word, { kind: "agency", page })))?.groups[0]?.hits ?? []));
    expect(new Set(pages.map((h) => h.recordId)).size).toBe(pages.length);
    expect(pages.map((h) => h.recordId)).not.toContain(oldest.id);
    // …and narrowing by agency finds it, with an exact count.
    const narrowed = await search(ctx, filters(word, { agencyId: oldest.id }));
    expect(narrowed?.counts).toEqual({ agency: 1 });
    expect(narrowed?.atLeast).toEqual({});
    expect(narrowed?.groups[0]?.hits.map((h) => h.recordId)).toEqual([oldest.id]);
  });

  it("never lets hidden matches show through a bounded count", async () => {
    const ctx = await viewerContext();
    const word = uniqueWord();
    await prisma.document.createMany({
      data: Array.from({ length: SEARCH_WINDOW + 20 }, (_, i) => ({ title: `Secret note ${i} ${word}`, kind: "note", confidentiality: "confidential" })),
    });
    await prisma.document.create({ data: { title: `Public note ${word}`, kind: "note" } });
    const result = await search(ctx, filters(word));
    expect(result?.counts).toEqual({ document: 1 });
    expect(result?.atLeast).toEqual({});
    expect(result?.groups[0]?.hits.map((h) => h.title)).toEqual([`Public note ${word}`]);
  });

  it("filters by committee, agency and date range", async () => {
    const ctx = await viewerContext();
    const word = uniqueWord();
    const a = await recordsOfEveryKind(word);
    await recordsOfEveryKind(word);
    const all = await search(ctx, filters(word));
    expect(all?.total).toBe(2 * SEARCH_KINDS.length);
    const byCommittee = await search(ctx, filters(word, { committeeId: a.committeeId }));
    expect(Object.keys(byCommittee?.counts ?? {}).sort()).toEqual(["action", "agendaItem", "committee", "decision", "document", "meeting", "statement"]);
    const byAgency = await search(ctx, filters(word, { agencyId: a.agencyId }));
    expect(Object.keys(byAgency?.counts ?? {}).sort()).toEqual(["action", "agency", "handover", "obligation", "position"]);
    const onTheDay = await search(ctx, filters(word, { from: new Date(Date.UTC(2031, 2, 4)), to: new Date(Date.UTC(2031, 2, 4)) }));
    // Meetings, their agenda items and statements, and the decision are dated that day (twice).
    expect(onTheDay?.counts).toEqual({ meeting: 2, agendaItem: 2, statement: 2, decision: 2 });
    const before = await search(ctx, filters(word, { to: new Date(Date.UTC(2031, 2, 3)) }));
    // Documents were issued on the 1st; handovers are dated by their creation (today).
    expect(before?.counts).toEqual({ document: 2, handover: 2 });
  });

  it("pages through one kind", async () => {
    const ctx = await viewerContext();
    const word = uniqueWord();
    const position = await createUser("viewer");
    for (let i = 0; i < 23; i++) {
      await prisma.action.create({ data: { title: `Action ${i} ${word}`, ownerPositionId: position.positionId, ownerAgencyId: position.agencyId } });
    }
    const first = await search(ctx, filters(word, { kind: "action" }));
    const second = await search(ctx, filters(word, { kind: "action", page: 2 }));
    expect(first?.groups[0]?.hits).toHaveLength(20);
    expect(second?.groups[0]?.hits).toHaveLength(3);
    expect(first?.counts.action).toBe(23);
    const seen = new Set([...(first?.groups[0]?.hits ?? []), ...(second?.groups[0]?.hits ?? [])].map((h) => h.recordId));
    expect(seen.size).toBe(23);
    // Without a kind, each kind shows its best five.
    expect((await search(ctx, filters(word)))?.groups[0]?.hits).toHaveLength(5);
  });

  it("keeps the index in step on create, update and archive, through any writer", async () => {
    const ctx = await viewerContext();
    const before = uniqueWord();
    const after = uniqueWord();
    const agency = await createAgency({ name: `Licensing authority ${before}` });
    expect(await titles(ctx, before)).toEqual([`Licensing authority ${before}`]);
    await prisma.agency.update({ where: { id: agency.id }, data: { name: `Licensing authority ${after}` } });
    expect(await titles(ctx, before)).toEqual([]);
    expect(await titles(ctx, after)).toEqual([`Licensing authority ${after}`]);

    const user = await createUser("admin");
    await setAgencyArchived(user.id, agency.id, true);
    expect(await titles(ctx, after)).toEqual([]);
    const archived = await search(ctx, filters(after, { includeArchived: true }));
    expect(archived?.groups[0]?.hits.map((h) => [h.title, h.archived])).toEqual([[`Licensing authority ${after}`, true]]);
    await setAgencyArchived(user.id, agency.id, false);
    expect(await titles(ctx, after)).toEqual([`Licensing authority ${after}`]);
  });

  it("archives a meeting's agenda items and statements with it, and follows a change of its level", async () => {
    const ctx = await viewerContext();
    const word = uniqueWord();
    const world = await recordsOfEveryKind(word);
    await prisma.meeting.update({ where: { id: world.meetingId }, data: { archivedAt: new Date() } });
    const result = await search(ctx, filters(word));
    expect(result?.counts.meeting).toBeUndefined();
    expect(result?.counts.agendaItem).toBeUndefined();
    expect(result?.counts.statement).toBeUndefined();
    expect((await search(ctx, filters(word, { includeArchived: true })))?.counts.statement).toBe(1);

    await prisma.meeting.update({ where: { id: world.meetingId }, data: { archivedAt: null, confidentiality: "confidential" } });
    const closed = await search(ctx, filters(word));
    expect(closed?.counts.meeting).toBeUndefined();
    expect(closed?.counts.agendaItem).toBeUndefined();
    expect(closed?.counts.statement).toBeUndefined();
    expect(closed?.counts.decision).toBe(1);
  });

  it("rebuilds to the same index, and the database holds exactly the defined triggers", async () => {
    const ctx = await viewerContext();
    const word = uniqueWord();
    await recordsOfEveryKind(word);
    const found = async () => {
      const result = await search(ctx, filters(word, { includeArchived: true }));
      return { counts: result?.counts, ids: (result?.groups ?? []).flatMap((g) => g.hits.map((h) => `${h.kind}:${h.recordId}:${h.snippet}`)).sort() };
    };
    const before = await found();
    await rebuildSearchIndex(prisma);
    expect(await found()).toEqual(before);

    const rows = await prisma.$queryRawUnsafe<{ name: string; sql: string }[]>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\' ORDER BY name`,
    );
    const expected = triggerStatements().sort((x, y) => (x.name < y.name ? -1 : 1));
    expect(rows.map((r) => r.name)).toEqual(expected.map((t) => t.name));
    expect(rows.map((r) => r.sql)).toEqual(expected.map((t) => t.sql));
  });

  it("answers any input without an error", async () => {
    const ctx = await viewerContext();
    const inputs = ['"', '""', "AND", "OR NOT", "*", "(", ")", "title:x", "NEAR(a b)", "^x", "a OR", "-", "''", "\\", "💥", "a".repeat(5000), "x* *y", '"unclosed phrase', "{title}: x", "a + b", "%_%"];
    for (const q of inputs) {
      const result = await search(ctx, filters(q));
      expect(result === null || typeof result.total === "number").toBe(true);
    }
    expect(await search(ctx, filters("   "))).toBeNull();
    expect(await search(ctx, filters("()*"))).toBeNull();
  });
});
