// Follow-up actions from meetings and decisions, owned by posts, each with its history of updates.
// The customs focal point (the demo "focal" user) owns four open actions, one of them overdue.
import type { ActionStatus, Confidentiality, RoleName } from "../../app/domain/vocabulary";
import { buildAction, buildGrants } from "./builders";
import { nextAnnualReportYear, type Clock, type Tx } from "./clock";
import type { CommitteeKey, Committees } from "./committees";
import { CLEARED } from "./export-control";
import type { MeetingRef } from "./national";
import type { Organisation, PersonKey } from "./organisation";
import type { PositionKey } from "./organisation-data";

type Update = readonly [days: number, status: ActionStatus, note: string];

type ActionSpec = {
  title: string;
  description?: string;
  owner: PositionKey;
  ownerPerson?: PersonKey;
  due?: number;
  status: ActionStatus;
  meeting?: string;
  decision?: string;
  committee?: CommitteeKey;
  created?: number;
  confidentiality?: Confidentiality;
  updates: readonly Update[];
};

function actions(year: number): ActionSpec[] {
  const validate = (owner: PositionKey, status: ActionStatus, updates: readonly Update[]): ActionSpec => ({
    title: "Validate your agency's entries in the ATT responsibility matrix", owner, due: -250, status, meeting: "naic1", decision: "naic.matrix", updates,
  });
  return [
    validate("customsFocal", "done", [[-255, "done", "Entries validated; Customs added as consulted on the national control list (art. 5.2)."]]),
    validate("policeFirearms", "done", [[-262, "done", "Validated without changes."]]),
    validate("modTransfers", "done", [[-230, "in_progress", "Awaiting the Chief of Staff's signature."], [-201, "done", "Validated with two changes on stockpile management."]]),
    validate("nisLiaison", "cancelled", [[-180, "cancelled", "NIS entries agreed bilaterally with the secretariat instead; no further action."]]),
    { title: "Circulate the national reporting calendar to all agencies", owner: "comnatSecretary", due: -230, status: "done", meeting: "naic2", decision: "naic.calendar1", updates: [[-236, "done", "Sent by note to all member agencies and published in Relais."]] },
    { title: "Send the letter designating the ELA as lead for the ATT annual report", owner: "ddacDirector", due: -200, status: "done", meeting: "naic2", decision: "naic.authority", updates: [[-221, "done", "Letter signed by the Secretary-General and sent to the Ministry of Trade and Industry."]] },
    { title: "Propose a correspondence table between the national control list and HS codes", description: "To let border officers match a declaration to a licence quickly. Categories (vi) to (viii) need Defence input.", owner: "customsFocal", due: -20, status: "in_progress", meeting: "naic3",
      updates: [[-120, "in_progress", "Categories (i) to (v) mapped; waiting for Defence on (vi) to (viii)."], [-30, "in_progress", "Draft shared with the working group on the annual report."]] },
    { title: "Provide technical descriptions of categories (vi) to (viii) for the HS mapping", owner: "modTransfers", due: -60, status: "open", meeting: "naic3", updates: [] },
    { title: "Convene the first meeting of the working group on the annual report", owner: "elaHead", due: -150, status: "done", meeting: "naic3", decision: "naic.wgar", updates: [[-160, "done", "Invitations sent for the first meeting."]] },
    { title: "Enter the revised internal deadlines in the reporting calendar", owner: "comnatSecretary", due: -130, status: "done", meeting: "naic4", decision: "naic.calendar2", updates: [[-140, "done", "Milestones updated for all four obligations."]] },
    { title: "Brief the Committee on the next ATT working group meetings", owner: "genevaCounsellor", due: 30, status: "open", meeting: "naic4", updates: [] },
    { title: "Draft an inter-agency procedure for sensitive transit requests", owner: "customsFocal", due: 25, status: "in_progress", meeting: "naic5", decision: "naic.transit", confidentiality: "restricted",
      updates: [[-60, "in_progress", "Outline agreed with the ELA; thresholds still to be confirmed by Defence."]] },
    { title: "Review commercial and defence sensitivities of publishing the annual report", owner: "modTransfers", due: 40, status: "open", meeting: "naic5", decision: "naic.publication", updates: [] },
    { title: "Review security sensitivities of publishing the annual report", owner: "nisLiaison", due: 40, status: "open", meeting: "naic5", decision: "naic.publication", updates: [] },
    { title: "Finalise and circulate the national procedures for ATT reporting", owner: "comnatSecretary", due: -7, status: "done", meeting: "naic6", decision: "naic.procedures", updates: [[-20, "in_progress", "Comments from Customs and Defence integrated."], [-10, "done", "Final version circulated as a national document."]] },
    { title: "Prepare the application to the ATT Voluntary Trust Fund", owner: "comnatSecretary", due: 45, status: "in_progress", meeting: "naic6", decision: "naic.vtf", updates: [[-15, "in_progress", "Budget drafted; awaiting Customs and ELA requirements."]] },
    { title: "Send customs requirements for the transfer-record database (data fields, access rights)", owner: "customsFocal", due: 10, status: "open", meeting: "naic6", decision: "naic.vtf", updates: [] },
    { title: "Write handover notes for the ATT national point of contact post", owner: "attPoc", ownerPerson: "okoro", due: -21, status: "done", meeting: "naic6", updates: [[-22, "done", "Handover note submitted in Relais."]] },
    { title: "Write handover notes for the head of the export licensing unit", description: "The current head leaves in about six weeks and no successor has been named.", owner: "elaHead", due: 30, status: "open", meeting: "naic6", updates: [] },
    { title: "Send the updated national control list to the ATT Secretariat (art. 5.4)", owner: "attPoc", due: 20, status: "in_progress", committee: "naic", created: -50,
      updates: [[-30, "in_progress", "Waiting for the Export Licensing Authority's consolidated list."]] },
    { title: "Notify the ATT Secretariat of the new national point of contact (art. 5.6)", owner: "attPoc", due: 14, status: "open", committee: "naic", created: -12, updates: [] },
    { title: "Obtain the delivery verification certificate for the approved pistol export", owner: "elaOfficer", due: -120, status: "done", meeting: "iecc.k-4", decision: "iecc.opinion-4", confidentiality: "restricted", updates: [[-118, "done", "Certificate received from the importing State and filed."]] },
    { title: "Escort the ammunition transit consignment to the border post", owner: "customsEnforcement", due: -70, status: "done", meeting: "iecc.k-2", decision: "iecc.opinion-2", confidentiality: "restricted", updates: [[-72, "done", "Consignment escorted; seals intact at exit."]] },
    { title: "Confirm arrival of the transit consignment with the importing State", owner: "customsFocal", due: -45, status: "done", meeting: "iecc.k-2", decision: "iecc.opinion-2", confidentiality: "restricted", updates: [[-50, "done", "Arrival confirmed through the WCO regional liaison office."]] },
    { title: "Joint Customs–Police investigation into the diverted pistols", owner: "customsEnforcement", due: 20, status: "in_progress", decision: "iecc.case", meeting: "iecc.case", confidentiality: "confidential", updates: [[-40, "in_progress", "Serial numbers traced to two shipments; consignee's premises inspected."]] },
    { title: `Extract customs declarations under HS chapter 93 for calendar year ${year}`, owner: "customsStats", due: 75, status: "open", meeting: "wgar2", updates: [] },
    { title: "Nominate a customs officer for the WCO strategic trade controls enforcement training", owner: "customsFocal", due: 35, status: "open", created: -9, updates: [] },
    { title: "Update the PoA national point of contact details with UNODA", owner: "poaPoc", due: -300, status: "done", created: -330, updates: [[-310, "done", "Details confirmed by e-mail to UNODA."]] },
    { title: "Connect the national firearms registry to INTERPOL iARMS", owner: "policeFirearms", due: 90, status: "in_progress", created: -100, updates: [[-25, "in_progress", "Access request sent to the INTERPOL National Central Bureau."]] },
  ];
}

type Ctx = {
  org: Organisation;
  committees: Committees;
  clock: Clock;
  meetings: Map<string, MeetingRef>;
  decisions: Map<string, string>;
  user: (role: RoleName) => string;
};

/** Which demo user writes the updates of a post's actions; other posts' updates have no author account. */
const AUTHOR: Partial<Record<PositionKey, RoleName>> = { customsFocal: "focal_point", comnatSecretary: "secretary", comnatInfo: "admin" };

export async function seedActions(tx: Tx, ctx: Ctx) {
  const { org, clock } = ctx;
  for (const spec of actions(nextAnnualReportYear(clock.now))) {
    const meeting = spec.meeting ? ctx.meetings.get(spec.meeting) : undefined;
    if (spec.meeting && !meeting) throw new Error(`Unknown meeting ${spec.meeting}`);
    const decisionId = spec.decision ? ctx.decisions.get(spec.decision) : undefined;
    if (spec.decision && !decisionId) throw new Error(`Unknown decision ${spec.decision}`);
    const post = org.position(spec.owner);
    const createdAt = meeting ? meeting.startsAt : clock.at(spec.created ?? -30);
    const done = spec.updates.findLast(([, status]) => status === "done");
    const author = AUTHOR[spec.owner];
    const action = await buildAction(tx, {
      title: spec.title,
      description: spec.description,
      ownerPositionId: post.id,
      ownerAgencyId: post.agencyId,
      ownerPersonId: spec.ownerPerson ? org.person(spec.ownerPerson) : undefined,
      dueDate: spec.due === undefined ? undefined : clock.day(spec.due),
      status: spec.status,
      committeeId: meeting?.committeeId ?? (spec.committee ? ctx.committees.committee(spec.committee) : undefined),
      meetingId: meeting?.id,
      decisionId,
      completedAt: done ? clock.at(done[0]) : undefined,
      confidentiality: spec.confidentiality,
      createdAt,
      updates: [
        { status: "open", note: meeting ? "Recorded at the meeting." : "Created.", authorId: ctx.user("secretary"), at: createdAt },
        ...spec.updates.map(([days, status, note]) => ({ status, note, at: clock.at(days), authorId: author && ctx.user(author) })),
      ],
    });
    if (spec.confidentiality === "confidential") {
      await buildGrants(tx, "action", action.id, CLEARED.map((person) => org.person(person)), ctx.user("admin"));
    }
  }
}
