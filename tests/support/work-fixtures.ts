// Builders for the decisions, actions and dashboard tests: a committee run by an agency, with member
// agencies, a meeting and its agenda, posts and actions. Real rows in the worker's SQLite copy.
import { prisma } from "../../app/db.server";
import { unique } from "./fixtures";

const DAY = 86_400_000;

export async function committeeWithMeeting(options: {
  secretariatAgencyId: string;
  memberAgencyIds?: string[];
  meetingStatus?: string;
  confidentiality?: string;
  decisionPrefix?: string;
  startsAt?: Date;
}) {
  const committee = await prisma.committee.create({
    data: {
      name: unique("Committee"),
      shortName: unique("C"),
      kind: "standing",
      secretariatAgencyId: options.secretariatAgencyId,
      decisionPrefix: options.decisionPrefix,
      confidentiality: options.confidentiality ?? "internal",
    },
    select: { id: true, name: true },
  });
  for (const agencyId of new Set([options.secretariatAgencyId, ...(options.memberAgencyIds ?? [])])) {
    await prisma.committeeMembership.create({
      data: { committeeId: committee.id, agencyId, role: agencyId === options.secretariatAgencyId ? "secretariat" : "member", startDate: new Date(Date.now() - 400 * DAY) },
    });
  }
  const meeting = await createMeeting(committee.id, {
    status: options.meetingStatus ?? "held",
    startsAt: options.startsAt ?? new Date(Date.now() - 7 * DAY),
    confidentiality: options.confidentiality,
  });
  return { committee, meeting };
}

export async function createMeeting(committeeId: string, { status, startsAt, confidentiality }: { status: string; startsAt: Date; confidentiality?: string }) {
  const meeting = await prisma.meeting.create({
    data: {
      committeeId,
      title: unique("Meeting"),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
      timeZone: "Africa/Lagos",
      status,
      confidentiality: confidentiality ?? "internal",
      agendaItems: {
        create: [
          { order: 1, label: "1", title: "Adoption of the agenda", kind: "adoption_of_agenda" },
          { order: 2, label: "2", title: "Matters arising", kind: "matters_arising" },
          { order: 3, label: "3", title: "Reporting calendar" },
        ],
      },
    },
    select: { id: true, agendaItems: { orderBy: { order: "asc" }, select: { id: true } } },
  });
  return { id: meeting.id, itemIds: meeting.agendaItems.map((a) => a.id) };
}

export function createPost(agencyId: string, title = unique("Post")) {
  return prisma.position.create({ data: { agencyId, title }, select: { id: true, agencyId: true } });
}

export function createActionRow(data: {
  ownerPositionId: string;
  ownerAgencyId: string;
  committeeId?: string;
  meetingId?: string;
  decisionId?: string;
  status?: string;
  dueDate?: Date;
  confidentiality?: string;
  title?: string;
}) {
  return prisma.action.create({
    data: { title: data.title ?? unique("Action"), status: "open", ...data },
    select: { id: true, title: true },
  });
}

/** The UTC midnight `days` from today: how date-only values are stored. */
export function day(days: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
}
