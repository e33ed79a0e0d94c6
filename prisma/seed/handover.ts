// The handover note left by the previous ATT national point of contact, with a dossier frozen from the
// post's live data at submission (as the app does when a handover is submitted).
import type { RoleName } from "../../app/domain/vocabulary";
import type { Clock, Tx } from "./clock";
import type { Organisation } from "./organisation";

async function buildDossier(tx: Tx, positionId: string, positionTitle: string, asOf: Date) {
  const isoDate = (d: Date) => d.toISOString().slice(0, 10);
  const [raci, actions, milestones, memberships] = await Promise.all([
    tx.responsibilityAssignment.findMany({
      where: { positionId, archivedAt: null },
      select: { role: true, responsibility: { select: { title: true } } },
      orderBy: { responsibility: { title: "asc" } },
    }),
    tx.action.findMany({
      where: { ownerPositionId: positionId, status: { in: ["open", "in_progress"] }, archivedAt: null, createdAt: { lte: asOf } },
      select: { title: true, status: true, dueDate: true },
      orderBy: { dueDate: "asc" },
    }),
    tx.milestone.findMany({
      where: { ownerPositionId: positionId, status: "pending", archivedAt: null },
      select: { kind: true, dueDate: true, deadline: { select: { cycle: true, dueDate: true, obligation: { select: { title: true } } } } },
      orderBy: { dueDate: "asc" },
      take: 5,
    }),
    tx.committeeMembership.findMany({
      where: { positionId, endDate: null },
      select: { role: true, committee: { select: { name: true } } },
    }),
  ]);
  return {
    positionTitle,
    responsibilities: raci.map((r) => `${r.responsibility.title} (${r.role})`),
    openActions: actions.map((a) => ({ title: a.title, status: a.status, dueDate: a.dueDate && isoDate(a.dueDate) })),
    nextDeadlines: milestones.map((m) => ({
      obligation: m.deadline.obligation.title,
      cycle: m.deadline.cycle,
      milestone: m.kind,
      milestoneDue: isoDate(m.dueDate),
      externalDue: isoDate(m.deadline.dueDate),
    })),
    committees: memberships.map((m) => `${m.committee.name} (${m.role})`),
  };
}

export async function seedHandover(tx: Tx, org: Organisation, clock: Clock, user: (role: RoleName) => string) {
  const post = org.position("attPoc");
  const submittedAt = clock.at(-22);
  const dossier = await buildDossier(tx, post.id, post.title, submittedAt);
  const handover = await tx.handover.create({
    data: {
      positionId: post.id,
      agencyId: post.agencyId,
      outgoingAssignmentId: org.assignment("attPoc:okoro"),
      outgoingPersonId: org.person("okoro"),
      incomingPersonId: org.person("asante"),
      status: "submitted",
      submittedAt,
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
      dossierSnapshot: JSON.stringify(dossier),
      confidentiality: "restricted",
    },
    select: { id: true },
  });
  // The Commission's secretary coordinates rotations and was copied on the note.
  await tx.accessGrant.create({
    data: { entity: "handover", entityId: handover.id, personId: org.person("koffi"), grantedById: user("admin") },
  });
}
