// Who a new meeting invites: the committee's member agencies on the day, through their designated
// post and the person holding it. Ad-hoc experts and other posts are added on the attendance page.
import type { Prisma } from "@prisma/client";
import type { MembershipRole, ParticipantRole } from "~/domain/vocabulary";
import { isOneOf, MEMBERSHIP_ROLES } from "~/domain/vocabulary";
import { currentAssignmentWhere } from "~/permissions.server";

const PARTICIPANT_ROLE: Record<MembershipRole, ParticipantRole> = {
  chair: "chair",
  vice_chair: "member",
  member: "member",
  observer: "observer",
  secretariat: "secretariat",
};

export type Invitation = {
  agencyId: string;
  positionId: string | null;
  personId: string | null;
  role: ParticipantRole;
};

type Member = Invitation & { startDate: Date; endDate: Date | null };

/** The committee's members (from `from` on) with the holder of each designated post at `holderAt`. */
export async function committeeMembers(db: Prisma.TransactionClient, committeeId: string, holderAt: Date): Promise<Member[]> {
  const rows = await db.committeeMembership.findMany({
    where: { committeeId },
    orderBy: [{ role: "asc" }, { startDate: "asc" }],
    select: {
      agencyId: true,
      positionId: true,
      role: true,
      startDate: true,
      endDate: true,
      position: {
        select: {
          assignments: {
            where: currentAssignmentWhere(holderAt),
            // The substantive holder before an acting one.
            orderBy: [{ acting: "asc" }, { startDate: "desc" }],
            take: 1,
            select: { personId: true },
          },
        },
      },
    },
  });
  return rows.map((m) => ({
    agencyId: m.agencyId,
    positionId: m.positionId,
    personId: m.position?.assignments[0]?.personId ?? null,
    role: isOneOf(MEMBERSHIP_ROLES, m.role) ? PARTICIPANT_ROLE[m.role] : "member",
    startDate: m.startDate,
    endDate: m.endDate,
  }));
}

/** Members whose membership covers the meeting's start. */
export function invitationsAt(members: readonly Member[], at: Date): Invitation[] {
  return members
    .filter((m) => m.startDate <= at && (m.endDate === null || m.endDate > at))
    .map(({ agencyId, positionId, personId, role }) => ({ agencyId, positionId, personId, role }));
}
