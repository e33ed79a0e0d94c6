import { describe, expect, it } from "vitest";
import { assembleDossier, parseDossier, type DossierSource } from "./dossier";

const asOf = new Date("2026-12-01T09:00:00Z");
const d = (s: string) => new Date(s);

function fixture(): DossierSource {
  return {
    asOf,
    post: { id: "poc", title: "ATT national point of contact", agencyId: "mfa", agencyName: "Ministry of Foreign Affairs", functionalEmail: "att-poc@mfa.example" },
    raci: [
      { responsibilityId: "r-report", title: "Submit the ATT annual report", reference: "ATT 13.3", role: "R" },
      { responsibilityId: "r-poc", title: "Designate the point of contact", reference: "ATT 5.6", role: "A" },
      { responsibilityId: "r-verify", title: "Verify end-use documentation", reference: null, role: "C" },
    ],
    otherRaci: [
      { responsibilityId: "r-report", agencyId: "ela", agencyName: "Export Licensing Authority", positionId: "ela-head", positionTitle: "Head of licensing", role: "A" },
      { responsibilityId: "r-report", agencyId: "cus", agencyName: "Customs", positionId: null, positionTitle: null, role: "C" },
      { responsibilityId: "r-verify", agencyId: "ela", agencyName: "Export Licensing Authority", positionId: "ela-officer", positionTitle: "End-use officer", role: "R" },
    ],
    actions: [
      { id: "a2", title: "Later", status: "open", dueDate: d("2027-01-10T00:00:00Z"), committeeName: null },
      { id: "a1", title: "Overdue note verbale", status: "in_progress", dueDate: d("2026-11-20T00:00:00Z"), committeeName: "NAIC" },
      { id: "a3", title: "Undated", status: "open", dueDate: null, committeeName: null },
    ],
    actionTotal: 7,
    deadlines: [{ id: "dl-att", obligationTitle: "ATT annual report", cycle: "2026", dueDate: d("2027-05-31T00:00:00Z"), status: "upcoming" }],
    milestones: [
      { id: "m-sub", kind: "submission", title: null, dueDate: d("2027-05-31T00:00:00Z"), status: "pending", deadline: { id: "dl-att", obligationTitle: "ATT annual report", cycle: "2026", dueDate: d("2027-05-31T00:00:00Z"), status: "upcoming" } },
      { id: "m-reg", kind: "data_call", title: null, dueDate: d("2027-03-01T00:00:00Z"), status: "pending", deadline: { id: "dl-reg", obligationTitle: "UN Register", cycle: "2026", dueDate: d("2027-05-31T00:00:00Z"), status: "upcoming" } },
    ],
    deadlineMilestones: [
      { id: "m-call", deadlineId: "dl-att", kind: "data_call", title: null, dueDate: d("2027-01-31T00:00:00Z"), status: "pending", ownerTitle: "Head of licensing" },
      { id: "m-sub", deadlineId: "dl-att", kind: "submission", title: null, dueDate: d("2027-05-31T00:00:00Z"), status: "pending", ownerTitle: "ATT national point of contact" },
    ],
    committees: [
      { id: "naic", name: "National ATT Implementation Committee", shortName: "NAIC", role: "member" },
      { id: "wgtr", name: "ATT Working Group on Transparency", shortName: null, role: "observer" },
    ],
    meetings: [
      { id: "naic-7", committeeId: "naic", title: "7th meeting", startsAt: d("2027-01-15T09:00:00Z"), timeZone: "Africa/Lagos", venue: "Capital", status: "planned" },
      { id: "naic-8", committeeId: "naic", title: "8th meeting", startsAt: d("2027-03-15T09:00:00Z"), timeZone: "Africa/Lagos", venue: null, status: "planned" },
      { id: "naic-x", committeeId: "naic", title: "Cancelled one", startsAt: d("2026-12-05T09:00:00Z"), timeZone: "Africa/Lagos", venue: null, status: "cancelled" },
      { id: "naic-6", committeeId: "naic", title: "6th meeting (past)", startsAt: d("2026-11-01T09:00:00Z"), timeZone: "Africa/Lagos", venue: null, status: "held" },
    ],
    decisions: [
      { id: "dec-old", committeeId: "naic", symbol: "NAIC/1/24", title: "Too old", decidedOn: d("2025-11-01T00:00:00Z") },
      { id: "dec-1", committeeId: "naic", symbol: "NAIC/3/26", title: "Defer publication", decidedOn: d("2026-10-01T00:00:00Z") },
      { id: "dec-2", committeeId: "naic", symbol: null, title: "Adopt the calendar", decidedOn: d("2026-06-01T00:00:00Z") },
    ],
    counterparts: [
      { positionId: "ela-head", title: "Head of licensing", agencyName: "ELA", functionalEmail: "licensing@ela.example", holders: [{ personId: "p2", name: "Florence N.", email: "f@ela.example", phone: null, acting: false }], responsibilityIds: ["r-report"], committeeIds: ["naic"] },
      { positionId: "cus-fp", title: "Customs focal point", agencyName: "Customs", functionalEmail: null, holders: [], responsibilityIds: [], committeeIds: ["naic"] },
      { positionId: "poc", title: "Self", agencyName: "MFA", functionalEmail: null, holders: [], responsibilityIds: ["r-report"], committeeIds: [] },
      { positionId: "stray", title: "Unrelated", agencyName: "X", functionalEmail: null, holders: [], responsibilityIds: ["not-mine"], committeeIds: [] },
    ],
  };
}

describe("assembleDossier", () => {
  const dossier = assembleDossier(fixture());

  it("lists responsibilities accountable first, each with the other agencies and posts involved", () => {
    expect(dossier.responsibilities.map((r) => [r.id, r.role])).toEqual([["r-poc", "A"], ["r-report", "R"], ["r-verify", "C"]]);
    expect(dossier.responsibilities[1]?.others).toEqual([
      { agencyName: "Export Licensing Authority", positionTitle: "Head of licensing", role: "A" },
      { agencyName: "Customs", positionTitle: null, role: "C" },
    ]);
  });

  it("orders open actions by due date, undated last, flags the overdue and keeps the full count", () => {
    expect(dossier.openActions.items.map((a) => a.id)).toEqual(["a1", "a2", "a3"]);
    expect(dossier.openActions.items.map((a) => a.overdue)).toEqual([true, false, false]);
    expect(dossier.openActions.total).toBe(7);
  });

  it("shows each deadline once, with the post's milestones and the rest of the plan of the deadlines it leads", () => {
    expect(dossier.deadlines.map((x) => [x.id, x.leads])).toEqual([["dl-att", true], ["dl-reg", false]]);
    const att = dossier.deadlines[0];
    expect(att?.milestones.map((m) => [m.id, m.ownedByPost])).toEqual([["m-call", false], ["m-sub", true]]);
    expect(dossier.deadlines[1]?.milestones.map((m) => m.id)).toEqual(["m-reg"]);
  });

  it("gives each committee its next meeting (not cancelled, not past) and its decisions of the last 12 months, newest first", () => {
    const naic = dossier.committees.find((c) => c.id === "naic");
    expect(naic?.name).toBe("National ATT Implementation Committee (NAIC)");
    expect(naic?.nextMeeting?.id).toBe("naic-7");
    expect(naic?.decisions.map((x) => x.id)).toEqual(["dec-1", "dec-2"]);
    const wgtr = dossier.committees.find((c) => c.id === "wgtr");
    expect(wgtr?.nextMeeting).toBeNull();
    expect(wgtr?.decisions).toEqual([]);
  });

  it("lists counterparts with what they share, never the post itself or a post sharing nothing", () => {
    expect(dossier.counterparts.map((c) => c.positionId)).toEqual(["cus-fp", "ela-head"]);
    expect(dossier.counterparts[1]).toMatchObject({
      sharedResponsibilities: ["Submit the ATT annual report"],
      sharedCommittees: ["NAIC"],
      holders: [{ name: "Florence N.", email: "f@ela.example" }],
    });
  });

  it("is plain JSON that reads back the same (what a submitted version stores)", () => {
    expect(parseDossier(JSON.stringify(dossier))).toEqual(dossier);
    expect(parseDossier("{not json")).toBeNull();
    expect(parseDossier(JSON.stringify({ positionTitle: "old seed shape" }))).toBeNull();
  });
});
