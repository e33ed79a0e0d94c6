// Issue 8 §2: an id in a reference field that names nothing, or an archived record, or a record that
// does not fit (a meeting of another committee), is answered with the form again — 400, a field error
// on that field, the typed values kept — and nothing is written; never a foreign-key 500. One case per
// kind of reference at least, on the actions that take it (docs/decisions/029).
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as newActionAction } from "../../app/routes/actions.new";
import { action as newCommitteeAction } from "../../app/routes/committees.new";
import { action as membersAction } from "../../app/routes/committees.$committeeId.members";
import { action as newDecisionAction } from "../../app/routes/decisions.new";
import { action as newDocumentAction } from "../../app/routes/documents.new";
import { action as editDocumentAction } from "../../app/routes/documents.$documentId.edit";
import { action as feedsAction } from "../../app/routes/calendar.feeds";
import { action as agendaAction } from "../../app/routes/meetings.$meetingId.agenda";
import { action as itemAction } from "../../app/routes/meetings.$meetingId.agenda_.$itemId";
import { action as attendanceAction } from "../../app/routes/meetings.$meetingId.attendance";
import { action as newMeetingAction } from "../../app/routes/meetings.new";
import { action as assignAction } from "../../app/routes/positions.$positionId.assign";
import { action as newPositionAction } from "../../app/routes/positions.new";
import { action as newObligationAction } from "../../app/routes/reporting.new";
import { action as newResponsibilityAction } from "../../app/routes/responsibilities.new";
import { action as responsibilityAction } from "../../app/routes/responsibilities.$responsibilityId._index";
import { action as newAgencyAction } from "../../app/routes/agencies.new";
import { createAgency, createUser, postRequest, sessionCookie, unique } from "../support/fixtures";
import { fieldErrorsOf, statusOf, valuesOf } from "../support/form-results";
import { committeeWithMembers, meetingForm } from "../support/meeting-fixtures";
import { createInstrument, obligationFields } from "../support/reporting-fixtures";
import { committeeWithMeeting, createPost } from "../support/work-fixtures";

const context = {};
const NOWHERE = "cm0000000000000000nowhere";

/** Every row change this connection has made: unchanged means nothing was written. */
async function totalChanges(): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ n: bigint | number }[]>("SELECT total_changes() AS n");
  return Number(row?.n ?? 0);
}

type Action = (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;

/** Posts the form; expects 400, `error` on `field`, the typed values back, and nothing written. */
async function expectReferenceRefused(action: Action, path: string, params: Record<string, string>, form: Record<string, string>, cookie: string, field: string, error: string) {
  const before = await totalChanges();
  let value: unknown;
  try {
    value = await action({ request: postRequest(path, form, cookie), params, context });
  } catch (thrown) {
    value = thrown;
  }
  expect(statusOf(value), `${path} ${field}=${form[field]}`).toBe(400);
  expect(fieldErrorsOf(value)[field], `${path} ${field}`).toEqual([error]);
  expect(valuesOf(value)).toMatchObject({ [field]: form[field] });
  expect(await totalChanges(), `${path}: nothing written`).toBe(before);
}

async function archivedAgency() {
  const agency = await createAgency({ name: unique("Dissolved agency") });
  await prisma.agency.update({ where: { id: agency.id }, data: { archivedAt: new Date() } });
  return agency;
}

describe("references to agencies", async () => {
  const admin = await createUser("admin");
  const cookie = await sessionCookie(admin.id);
  const gone = await archivedAgency();
  const { committee } = await committeeWithMembers();
  const { meeting } = await committeeWithMeeting({ secretariatAgencyId: admin.agencyId });

  it("the presenter of an agenda item: nonexistent or archived", async () => {
    const path = `/meetings/${meeting.id}/agenda`;
    for (const id of [NOWHERE, gone.id]) {
      await expectReferenceRefused(agendaAction as Action, path, { meetingId: meeting.id }, { intent: "add", title: "Licences", kind: "regular", label: "", presenterAgencyId: id }, cookie, "presenterAgencyId", "reference.error.agency");
    }
    const [itemId] = meeting.itemIds;
    const item = await prisma.agendaItem.findUniqueOrThrow({ where: { id: itemId }, select: { version: true } });
    await expectReferenceRefused(
      itemAction as Action,
      `${path}/${itemId}`,
      { meetingId: meeting.id, itemId: itemId! },
      { intent: "save", label: "1", title: "Adoption", kind: "adoption_of_agenda", presenterAgencyId: gone.id, notes: "", confidentiality: "internal", version: String(item.version) },
      cookie,
      "presenterAgencyId",
      "reference.error.agency",
    );
  });

  it("the speaker of a statement", async () => {
    const [itemId] = meeting.itemIds;
    for (const id of [NOWHERE, gone.id]) {
      await expectReferenceRefused(itemAction as Action, `/meetings/${meeting.id}/agenda/${itemId}`, { meetingId: meeting.id, itemId: itemId! }, { intent: "statement", speakerLabel: "Delegation", speakerAgencyId: id, summary: "", symbols: "" }, cookie, "speakerAgencyId", "reference.error.agency");
    }
  });

  it("the agency of a document, of a committee's chair, of a new post, of a member, of a parent agency", async () => {
    const doc = { symbol: "", title: "Paper", kind: "working_paper", issuedOn: "2026-01-10", languages: "en", url: "", committeeId: "", meetingId: "", confidentiality: "internal" };
    for (const id of [NOWHERE, gone.id]) {
      await expectReferenceRefused(newDocumentAction as Action, "/documents/new", {}, { ...doc, agencyId: id }, cookie, "agencyId", "reference.error.agency");
      await expectReferenceRefused(newCommitteeAction as Action, "/committees/new", {}, { name: unique("Committee"), shortName: "", kind: "standing", mandate: "", chairAgencyId: id, secretariatAgencyId: "", parentId: "", defaultTimeZone: "Europe/Vienna", confidentiality: "internal" }, cookie, "chairAgencyId", "committee.error.agencyMissing");
      await expectReferenceRefused(newPositionAction as Action, "/positions/new", {}, { agencyId: id, title: unique("Post") }, cookie, "agencyId", "position.error.agencyMissing");
      await expectReferenceRefused(membersAction as Action, `/committees/${committee.id}/members`, { committeeId: committee.id }, { intent: "add", agencyId: id, positionId: "", role: "member", startDate: "2026-01-01" }, cookie, "agencyId", "committee.error.agencyMissing");
      await expectReferenceRefused(newAgencyAction as Action, "/agencies/new", {}, { name: unique("Agency"), kind: "agency", parentId: id }, cookie, "parentId", "error.parentMissing");
    }
  });
});

describe("references to committees, meetings, documents and decisions", async () => {
  const admin = await createUser("admin");
  const cookie = await sessionCookie(admin.id);
  const { committee, meeting } = await committeeWithMeeting({ secretariatAgencyId: admin.agencyId });
  const other = await committeeWithMeeting({ secretariatAgencyId: admin.agencyId });
  const doc = { symbol: "", title: "Paper", kind: "working_paper", issuedOn: "2026-01-10", languages: "en", url: "", agencyId: "", confidentiality: "internal" };

  it("a document's meeting must exist and belong to the document's committee, also on an edit", async () => {
    await expectReferenceRefused(newDocumentAction as Action, "/documents/new", {}, { ...doc, committeeId: committee.id, meetingId: NOWHERE }, cookie, "meetingId", "document.error.meetingMissing");
    await expectReferenceRefused(newDocumentAction as Action, "/documents/new", {}, { ...doc, committeeId: committee.id, meetingId: other.meeting.id }, cookie, "meetingId", "reference.error.meetingOtherCommittee");
    const saved = await prisma.document.create({ data: { title: "Existing", kind: "working_paper", committeeId: committee.id, meetingId: meeting.id }, select: { id: true, version: true } });
    await expectReferenceRefused(
      editDocumentAction as Action,
      `/documents/${saved.id}/edit`,
      { documentId: saved.id },
      { ...doc, title: "Existing", committeeId: other.committee.id, meetingId: meeting.id, version: String(saved.version) },
      cookie,
      "meetingId",
      "reference.error.meetingOtherCommittee",
    );
  });

  it("a committee: of a document, of a new meeting, of a calendar feed, of a committee's parent", async () => {
    const archived = await prisma.committee.create({ data: { name: unique("Old committee"), kind: "standing", archivedAt: new Date() }, select: { id: true } });
    for (const id of [NOWHERE, archived.id]) {
      await expectReferenceRefused(newDocumentAction as Action, "/documents/new", {}, { ...doc, committeeId: id, meetingId: "" }, cookie, "committeeId", "committee.error.committeeMissing");
      await expectReferenceRefused(newMeetingAction as Action, "/meetings/new", {}, meetingForm(id, { date: "2031-09-17" }), cookie, "committeeId", "committee.error.committeeMissing");
      await expectReferenceRefused(feedsAction as Action, "/calendar/feeds", {}, { intent: "create", scope: "committee", committeeId: id, label: "" }, cookie, "committeeId", "committee.error.committeeMissing");
      await expectReferenceRefused(newCommitteeAction as Action, "/committees/new", {}, { name: unique("Committee"), shortName: "", kind: "standing", mandate: "", chairAgencyId: "", secretariatAgencyId: "", parentId: id, defaultTimeZone: "Europe/Vienna", confidentiality: "internal" }, cookie, "parentId", "committee.error.committeeMissing");
    }
  });

  it("a decision's meeting, agenda item and superseded decision", async () => {
    const base = { committeeId: committee.id, title: "Decision", text: "The Forum decided.", decidedOn: "2018-02-21", adoption: "consensus", status: "adopted", confidentiality: "internal", meetingId: "", agendaItemId: "", supersedesId: "" };
    await expectReferenceRefused(newDecisionAction as Action, "/decisions/new", {}, { ...base, meetingId: NOWHERE }, cookie, "meetingId", "error.decision.meetingMissing");
    await expectReferenceRefused(newDecisionAction as Action, "/decisions/new", {}, { ...base, meetingId: meeting.id, agendaItemId: NOWHERE }, cookie, "agendaItemId", "error.decision.agendaItemMissing");
    await expectReferenceRefused(newDecisionAction as Action, "/decisions/new", {}, { ...base, supersedesId: NOWHERE }, cookie, "supersedesId", "error.decision.supersededMissing");
  });

  it("an action's decision, meeting and committee", async () => {
    const base = { title: unique("Action"), ownerPositionId: admin.positionId, dueDate: "2027-01-15", confidentiality: "internal" };
    await expectReferenceRefused(newActionAction as Action, "/actions/new", {}, { ...base, decisionId: NOWHERE }, cookie, "decisionId", "error.action.decisionMissing");
    await expectReferenceRefused(newActionAction as Action, "/actions/new", {}, { ...base, meetingId: NOWHERE }, cookie, "meetingId", "error.action.meetingMissing");
    await expectReferenceRefused(newActionAction as Action, "/actions/new", {}, { ...base, committeeId: NOWHERE }, cookie, "committeeId", "error.action.committeeMissing");
  });

  it("a document named on an agenda item by its symbol", async () => {
    const [itemId] = meeting.itemIds;
    await expectReferenceRefused(itemAction as Action, `/meetings/${meeting.id}/agenda/${itemId}`, { meetingId: meeting.id, itemId: itemId! }, { intent: "attach", symbol: "NO/SUCH/1" }, cookie, "symbol", expect.stringContaining("NO/SUCH/1") as unknown as string);
  });
});

describe("references to people, posts, instruments, phases and responsibilities", async () => {
  const admin = await createUser("admin");
  const cookie = await sessionCookie(admin.id);
  const post = await createPost(admin.agencyId);
  const archivedPost = await prisma.position.create({ data: { agencyId: admin.agencyId, title: unique("Old post"), archivedAt: new Date() }, select: { id: true } });
  const { meeting } = await committeeWithMeeting({ secretariatAgencyId: admin.agencyId });
  const instrument = await createInstrument();

  it("a person assigned to a post, and a person owning an action", async () => {
    const archivedPerson = await prisma.person.create({ data: { givenName: "Former", familyName: unique("Staff"), archivedAt: new Date() }, select: { id: true } });
    for (const id of [NOWHERE, archivedPerson.id]) {
      await expectReferenceRefused(assignAction as Action, `/positions/${post.id}/assign`, { positionId: post.id }, { personId: id, startDate: "2026-01-01", plannedEndDate: "", notes: "" }, cookie, "personId", "assignment.error.personMissing");
    }
    await expectReferenceRefused(newActionAction as Action, "/actions/new", {}, { title: unique("Action"), ownerPositionId: admin.positionId, ownerPersonId: NOWHERE, confidentiality: "internal" }, cookie, "ownerPersonId", "error.action.personNotInAgency");
  });

  it("a post: owning an action, attending a meeting, leading an obligation", async () => {
    for (const id of [NOWHERE, archivedPost.id]) {
      await expectReferenceRefused(newActionAction as Action, "/actions/new", {}, { title: unique("Action"), ownerPositionId: id, confidentiality: "internal" }, cookie, "ownerPositionId", "error.action.ownerMissing");
      await expectReferenceRefused(attendanceAction as Action, `/meetings/${meeting.id}/attendance`, { meetingId: meeting.id }, { intent: "add", kind: "post", positionId: id, externalName: "", externalAffiliation: "", externalEmail: "", role: "member" }, cookie, "positionId", "attendance.error.postMissing");
      await expectReferenceRefused(newObligationAction as Action, "/reporting/new", {}, obligationFields({ instrumentId: instrument.id, leadPositionId: id }), cookie, "leadPositionId", "error.reporting.postMissing");
    }
  });

  it("an instrument, a provision and a phase of a responsibility; an instrument of an obligation", async () => {
    const base = { title: unique("Responsibility"), instrumentId: instrument.id, provisionId: instrument.provisionId, phaseId: "" };
    await expectReferenceRefused(newResponsibilityAction as Action, "/responsibilities/new", {}, { ...base, instrumentId: NOWHERE }, cookie, "instrumentId", "error.invalidChoice");
    await expectReferenceRefused(newResponsibilityAction as Action, "/responsibilities/new", {}, { ...base, provisionId: NOWHERE }, cookie, "provisionId", "responsibility.error.provisionMismatch");
    // Archived: an instrument no longer in force, an article withdrawn; an article of another instrument.
    const retired = await createInstrument();
    await prisma.instrument.update({ where: { id: retired.id }, data: { archivedAt: new Date() } });
    await expectReferenceRefused(newResponsibilityAction as Action, "/responsibilities/new", {}, { ...base, instrumentId: retired.id, provisionId: retired.provisionId }, cookie, "instrumentId", "error.invalidChoice");
    const withdrawn = await prisma.provision.create({ data: { instrumentId: instrument.id, reference: "Art. 99", title: "Withdrawn", archivedAt: new Date() }, select: { id: true } });
    await expectReferenceRefused(newResponsibilityAction as Action, "/responsibilities/new", {}, { ...base, provisionId: withdrawn.id }, cookie, "provisionId", "responsibility.error.provisionMismatch");
    const elsewhere = await createInstrument();
    await expectReferenceRefused(newResponsibilityAction as Action, "/responsibilities/new", {}, { ...base, provisionId: elsewhere.provisionId }, cookie, "provisionId", "responsibility.error.provisionMismatch");
    await expectReferenceRefused(newResponsibilityAction as Action, "/responsibilities/new", {}, { ...base, phaseId: NOWHERE }, cookie, "phaseId", "error.invalidChoice");
    await expectReferenceRefused(newObligationAction as Action, "/reporting/new", {}, obligationFields({ instrumentId: NOWHERE, leadPositionId: post.id }), cookie, "instrumentId", "error.reporting.instrumentMissing");
  });

  it("a role on a responsibility: its agency and its post", async () => {
    const responsibility = await prisma.responsibility.create({ data: { title: unique("Responsibility") }, select: { id: true } });
    const path = `/responsibilities/${responsibility.id}`;
    const params = { responsibilityId: responsibility.id };
    const gone = await archivedAgency();
    for (const id of [NOWHERE, gone.id]) {
      await expectReferenceRefused(responsibilityAction as Action, path, params, { intent: "addRole", responsibilityId: responsibility.id, agencyId: id, role: "A", positionId: "" }, cookie, "agencyId", "raci.error.agencyMissing");
    }
    await expectReferenceRefused(responsibilityAction as Action, path, params, { intent: "addRole", responsibilityId: responsibility.id, agencyId: admin.agencyId, role: "A", positionId: NOWHERE }, cookie, "positionId", "raci.error.postNotInAgency");
  });
});

describe("the backstop: a reference no check named", () => {
  it("a foreign-key refusal of the database becomes the form again (400, typed values, a form error), nothing written", async () => {
    const { refusingBadReferences } = await import("../../app/submissions/references.server");
    const before = await totalChanges();
    const values = { title: "Orphan item", presenterAgencyId: NOWHERE };
    const outcome = await refusingBadReferences(values, () =>
      prisma.$transaction(async (tx) => {
        const created = await tx.agendaItem.create({ data: { meetingId: NOWHERE, order: 1, title: "Orphan item" }, select: { id: true } });
        return created;
      }),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(statusOf(outcome.refusal)).toBe(400);
    expect(valuesOf(outcome.refusal)).toEqual(values);
    expect((outcome.refusal as unknown as { data: { formErrors: string[] } }).data.formErrors).toEqual(["reference.error.gone"]);
    expect(await totalChanges()).toBe(before);
  });

  it("any other error is not taken for a bad reference", async () => {
    const { refusingBadReferences } = await import("../../app/submissions/references.server");
    await expect(refusingBadReferences({}, () => Promise.reject(new Error("disk full")))).rejects.toThrow("disk full");
  });
});
