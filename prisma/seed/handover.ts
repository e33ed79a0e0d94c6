// The handover note left by the previous ATT national point of contact, submitted as version 1 with
// the dossier frozen from the post's live data, exactly as the app does (app/models/handover.server.ts).
import type { RoleName } from "../../app/domain/vocabulary";
import { submitInTransaction } from "../../app/models/handover.server";
import { buildGrants, buildHandover } from "./builders";
import type { Clock, Tx } from "./clock";
import type { Organisation } from "./organisation";

export async function seedHandover(tx: Tx, org: Organisation, clock: Clock, user: (role: RoleName) => string) {
  const post = org.position("attPoc");
  const submittedAt = clock.at(-22);
  const handover = await buildHandover(tx, {
    positionId: post.id,
    agencyId: post.agencyId,
    outgoingAssignmentId: org.assignment("attPoc:okoro"),
    outgoingPersonId: org.person("okoro"),
    incomingPersonId: org.person("asante"),
    status: "draft",
    createdAt: clock.at(-35),
    ongoingMatters:
      "1. Change of point of contact: the note verbale informing the ATT Secretariat of your designation is drafted and waits for the Director's signature; send it through the Geneva mission.\n" +
      "2. ATT annual report: the ELA leads; we clear and submit. The working group meets before the data call; the data call goes out by 31 January.\n" +
      "3. Voluntary Trust Fund: ComNat-ALPC is preparing an application for a transfer-record database; we must co-sign the cover letter.\n" +
      "4. UN Register return: same calendar as the ATT report; Defence usually answers late, start early.",
    pendingDecisions:
      "Publication of the annual report on the public part of the ATT website was deferred by the National ATT Implementation Committee until Defence and the NIS review sensitivities. Our position so far: publish, with commercial details aggregated.",
    keyContacts:
      "Secretary of the National Commission (secretariat@comnat-alpc.lindora.example) for everything on committee business.\n" +
      "Head of export licensing unit (licensing@ela.lindora.example) for the annual report; note the current head leaves soon.\n" +
      "Customs focal point for strategic goods (strategic-goods@customs.lindora.example) for actual transfer figures.\n" +
      "Counsellor for disarmament, Permanent Mission in Geneva, for the Secretariat and the working groups.\n" +
      "ATT Secretariat, info@thearmstradetreaty.org.",
    risks:
      "The head of the export licensing unit leaves in about six weeks with no successor named, just before the data call. Ask the Director to raise it at the next committee meeting.\n" +
      "The att-poc@ mailbox must be checked daily: the Secretariat writes only there.",
    filesLocation:
      "Shared drive DDAC > ATT > Reporting (one folder per year); signed notes verbales in the registry binder DDAC/ATT/2; login for the ATT online reporting tool handed over in a sealed envelope via the Director's assistant.",
    otherNotes: "I remain reachable through the MFA directory until the end of the year.",
    confidentiality: "restricted",
  });
  await submitInTransaction(tx, null, handover.id, submittedAt);
  // The outgoing and incoming holders are named on it (as the app grants them), and the Commission's
  // secretary, who coordinates rotations, was copied on the note.
  await buildGrants(tx, "handover", handover.id, [org.person("okoro"), org.person("asante"), org.person("koffi")], user("admin"));
}
