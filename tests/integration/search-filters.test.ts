// The search page's committee and agency filters, through its loader on a real migrated database:
// a name or acronym typed is resolved to one record, several matches are offered to choose from,
// nothing matching is a field error with the text kept, and a committee the reader may not see is
// never offered nor accepted (by name, by id, or through the suggestions route).
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { loader as searchLoader } from "../../app/routes/search";
import { loader as choicesLoader } from "../../app/routes/search_.choices";
import type { SearchChoice, SearchResult } from "../../app/models/search.server";
import { payloadOf, statusOf } from "../support/form-results";
import { createAgency, createUser, getRequest, sessionCookie, thrown } from "../support/fixtures";
import { recordsOfEveryKind, uniqueWord } from "../support/search-fixtures";

const context = {};

async function viewerCookie() {
  const user = await createUser("viewer");
  return sessionCookie(user.id);
}

type Narrowing = { chosen: SearchChoice | null; candidates: SearchChoice[]; more: boolean; typed: string | null };
type Page = {
  values: Record<string, string>;
  fieldErrors: Record<string, string[] | undefined>;
  result: SearchResult | null;
  narrowed: { committee: Narrowing; agency: Narrowing };
};

async function load(path: string, cookie: string) {
  const answer = await searchLoader({ request: getRequest(path, cookie), params: {}, context });
  return { status: statusOf(answer) ?? 200, body: payloadOf(answer) as unknown as Page };
}

describe("search filters by committee and agency", () => {
  it("resolves a typed acronym to its committee and narrows the results to it", async () => {
    const word = uniqueWord();
    const a = await recordsOfEveryKind(word);
    const b = await recordsOfEveryKind(word);
    const short = `C${word.slice(2, 8)}`.toUpperCase();
    await prisma.committee.update({ where: { id: a.committeeId }, data: { shortName: short } });
    const cookie = await viewerCookie();

    const all = await load(`/search?q=${word}`, cookie);
    expect(all.status).toBe(200);
    expect(all.body.result?.counts.meeting).toBe(2);

    const narrowed = await load(`/search?q=${word}&committeeName=${short.toLowerCase()}`, cookie);
    expect(narrowed.status).toBe(200);
    expect(narrowed.body.narrowed.committee.chosen?.id).toBe(a.committeeId);
    expect(narrowed.body.result?.counts.meeting).toBe(1);
    expect(narrowed.body.result?.groups.find((g) => g.kind === "meeting")?.hits[0]?.recordId).toBe(a.meetingId);

    // The chosen committee travels by id afterwards (the chip's hidden field, a shared link).
    const byId = await load(`/search?q=${word}&committee=${b.committeeId}`, cookie);
    expect(byId.body.narrowed.committee.chosen?.id).toBe(b.committeeId);
    expect(byId.body.result?.groups.find((g) => g.kind === "meeting")?.hits[0]?.recordId).toBe(b.meetingId);
  });

  it("offers the candidates when a name matches several, and searches nothing until one is chosen", async () => {
    const word = uniqueWord();
    const a = await createAgency({ name: `Customs ${word} North` });
    const b = await createAgency({ name: `Customs ${word} South` });
    const cookie = await viewerCookie();
    const answer = await load(`/search?q=customs&agencyName=${word}`, cookie);
    expect(answer.status).toBe(200);
    expect(answer.body.result).toBeNull();
    expect(answer.body.narrowed.agency.candidates.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect(answer.body.narrowed.agency.typed).toBe(word);

    // An exact name among several partial matches is chosen at once.
    const exact = await load(`/search?q=customs&agencyName=${encodeURIComponent(`customs ${word} north`)}`, cookie);
    expect(exact.body.narrowed.agency.chosen?.id).toBe(a.id);
  });

  it("answers a name nothing matches with a field error, the typed values kept, LIKE wildcards taken literally", async () => {
    const word = uniqueWord();
    await createAgency({ name: `Agency ${word}` });
    const cookie = await viewerCookie();
    for (const typed of [`nothing${word}`, "%", "_", "\\"]) {
      const answer = await load(`/search?q=${word}&agencyName=${encodeURIComponent(typed)}`, cookie);
      expect(answer.status).toBe(400);
      expect(answer.body.fieldErrors.agencyName).toEqual(["search.error.agencyNone"]);
      expect(answer.body.values).toMatchObject({ q: word, agencyName: typed });
      expect(answer.body.result).toBeNull();
    }
  });

  it("never offers nor accepts a committee the reader may not see", async () => {
    const word = uniqueWord();
    const hidden = await recordsOfEveryKind(word, { level: "restricted" });
    const name = `Committee ${word}`;
    const cookie = await viewerCookie();

    const byName = await load(`/search?q=${word}&committeeName=${encodeURIComponent(name)}`, cookie);
    expect(byName.status).toBe(400);
    expect(byName.body.fieldErrors.committeeName).toEqual(["search.error.committeeNone"]);

    const byId = await load(`/search?q=${word}&committee=${hidden.committeeId}`, cookie);
    expect(byId.status).toBe(400);
    expect(byId.body.fieldErrors.committeeName).toEqual(["search.error.committeeUnknown"]);
    // A made-up id reads the same as a hidden one.
    const madeUp = await load(`/search?q=${word}&committee=c${word}`, cookie);
    expect(madeUp.body.fieldErrors.committeeName).toEqual(["search.error.committeeUnknown"]);

    const suggestions = await choicesLoader({ request: getRequest(`/search/choices?for=committee&q=${word}`, cookie), params: {}, context });
    expect(suggestions.choices).toEqual([]);
  });

  it("suggests at most ten names, and refuses a malformed request with 400", async () => {
    const word = uniqueWord();
    for (let i = 0; i < 12; i++) await createAgency({ name: `Office ${i} ${word}` });
    const cookie = await viewerCookie();
    const suggestions = await choicesLoader({ request: getRequest(`/search/choices?for=agency&q=${word}`, cookie), params: {}, context });
    expect(suggestions.choices).toHaveLength(10);
    expect(suggestions.choices.every((c) => c.name.includes(word))).toBe(true);
    expect(statusOf(await thrown(choicesLoader({ request: getRequest(`/search/choices?for=person&q=${word}`, cookie), params: {}, context })))).toBe(400);
  });
});
