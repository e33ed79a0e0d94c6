// The attendance register: who was invited, who came, who was excused, who stood in for whom.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { currentAssignmentWhere } from "~/permissions.server";
import { recordAudit } from "./audit.server";
import { externalKindOf, type ADD_PARTICIPANT_KINDS } from "~/schemas/attendance";
import { inviteLateParticipant } from "./meeting-notifications.server";

const participationFields = {
  id: true,
  meetingId: true,
  agencyId: true,
  positionId: true,
  personId: true,
  externalName: true,
  externalAffiliation: true,
  externalEmail: true,
  externalKind: true,
  role: true,
  attendance: true,
  representedByName: true,
  archivedAt: true,
} satisfies Prisma.ParticipationSelect;

export function listParticipants(meetingId: string) {
  return prisma.participation.findMany({
    where: { meetingId, archivedAt: null },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      ...participationFields,
      agency: { select: { id: true, name: true, acronym: true } },
      position: { select: { id: true, title: true } },
      person: { select: { givenName: true, familyName: true } },
    },
  });
}

export type RegisterRow = { participationId: string; attendance: string; representedByName: string | null };

/** Saves the rows that changed; each changed row is one audit event. Returns how many changed. */
export function saveRegister(actorId: string, meetingId: string, rows: readonly RegisterRow[]) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.participation.findMany({
      where: { meetingId, archivedAt: null, id: { in: rows.map((r) => r.participationId) } },
      select: participationFields,
    });
    const byId = new Map(current.map((p) => [p.id, p]));
    let changed = 0;
    for (const row of rows) {
      const before = byId.get(row.participationId);
      if (!before) continue;
      const representedByName = row.attendance === "represented" ? row.representedByName : null;
      if (before.attendance === row.attendance && before.representedByName === representedByName) continue;
      const after = await tx.participation.update({
        where: { id: row.participationId },
        data: { attendance: row.attendance, representedByName },
        select: participationFields,
      });
      await recordAudit(tx, { actorId, entity: "participation", entityId: row.participationId, action: "update", before, after });
      changed++;
    }
    return changed;
  });
}

/** Posts for the "invite another post" choice, with their agency and current holder. */
export function postChoices(now = new Date()) {
  return prisma.position.findMany({
    where: { archivedAt: null, agency: { archivedAt: null } },
    orderBy: [{ agency: { name: "asc" } }, { title: "asc" }],
    take: 2000,
    select: {
      id: true,
      title: true,
      agency: { select: { id: true, acronym: true, name: true } },
      assignments: {
        where: currentAssignmentWhere(now),
        orderBy: [{ acting: "asc" }, { startDate: "desc" }],
        take: 1,
        select: { personId: true },
      },
    },
  });
}

export async function addParticipant(
  actorId: string,
  meetingId: string,
  data: {
    kind: (typeof ADD_PARTICIPANT_KINDS)[number];
    positionId: string | null;
    externalName: string | null;
    externalAffiliation: string | null;
    externalEmail: string | null;
    role: string;
  },
  now = new Date(),
) {
  return prisma.$transaction(async (tx) => {
    let row: {
      agencyId: string | null;
      positionId: string | null;
      personId: string | null;
      externalName: string | null;
      externalAffiliation: string | null;
      externalEmail: string | null;
      externalKind: string | null;
    } = {
      agencyId: null,
      positionId: null,
      personId: null,
      externalName: data.externalName,
      externalAffiliation: data.externalAffiliation,
      externalEmail: data.externalEmail,
      externalKind: externalKindOf(data.kind),
    };
    if (data.kind === "post") {
      const post = await tx.position.findFirst({
        where: { id: data.positionId ?? "", archivedAt: null },
        select: {
          id: true,
          agencyId: true,
          assignments: {
            where: currentAssignmentWhere(now),
            orderBy: [{ acting: "asc" }, { startDate: "desc" }],
            take: 1,
            select: { personId: true },
          },
        },
      });
      if (!post) return null;
      row = {
        agencyId: post.agencyId,
        positionId: post.id,
        personId: post.assignments[0]?.personId ?? null,
        externalName: null,
        externalAffiliation: null,
        externalEmail: null,
        externalKind: null,
      };
    }
    const created = await tx.participation.create({
      data: { ...row, meetingId, role: data.role, attendance: "invited" },
      select: participationFields,
    });
    await recordAudit(tx, { actorId, entity: "participation", entityId: created.id, action: "create", after: created });
    // Invited after the invitations went out: they get the current version now.
    await inviteLateParticipant(tx, actorId, meetingId, now);
    return created;
  });
}

/** Posts and people invited to a meeting, for conflict checks when it moves. */
export function invitedTo(meetingId: string) {
  return prisma.participation.findMany({ where: { meetingId, archivedAt: null }, select: { positionId: true, personId: true } });
}
