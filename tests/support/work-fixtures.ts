// Builders for the decisions, actions and dashboard tests: a committee run by an agency, with member
// agencies, a meeting and its agenda, posts and actions. Real rows in the worker's SQLite copy.
import { prisma } from "../../app/db.server";
import { CONFIDENTIALITY_LEVELS, isOneOf, MEETING_STATUSES } from "../../app/domain/vocabulary";
import { buildAction, buildCommittee, buildMeeting, buildMembership, buildPost } from "../../prisma/seed/builders";
import { unique } from "./fixtures";

const DAY = 86_400_000;

/** A test's status or level as the builders' vocabulary type; a typo fails the test at once. */
export function oneOf<T extends string>(values: readonly T[], value: string): T {
  if (!isOneOf(values, value)) throw new Error(`fixture: ${value} is not one of ${values.join(", ")}`);
  return value;
}

export async function committeeWithMeeting(options: {
  secretariatAgencyId: string;
  memberAgencyIds?: string[];
  meetingStatus?: string;
  confidentiality?: string;
  decisionPrefix?: string;
  startsAt?: Date;
}) {
  const { id, name } = await buildCommittee(prisma, {
    name: unique("Committee"),
    shortName: unique("C"),
    kind: "standing",
    secretariatAgencyId: options.secretariatAgencyId,
    decisionPrefix: options.decisionPrefix,
    confidentiality: options.confidentiality ?? "internal",
  });
  const committee = { id, name };
  for (const agencyId of new Set([options.secretariatAgencyId, ...(options.memberAgencyIds ?? [])])) {
    await buildMembership(prisma, {
      committeeId: committee.id,
      agencyId,
      role: agencyId === options.secretariatAgencyId ? "secretariat" : "member",
      startDate: new Date(Date.now() - 400 * DAY),
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
  // The items keep the schema's default level whatever the meeting's.
  const { id, itemIds } = await buildMeeting(prisma, {
    committeeId,
    title: unique("Meeting"),
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    timeZone: "Africa/Lagos",
    status: oneOf(MEETING_STATUSES, status),
    confidentiality: oneOf(CONFIDENTIALITY_LEVELS, confidentiality ?? "internal"),
    agenda: [
      { label: "1", title: "Adoption of the agenda", kind: "adoption_of_agenda", confidentiality: "internal" },
      { label: "2", title: "Matters arising", kind: "matters_arising", confidentiality: "internal" },
      { label: "3", title: "Reporting calendar", confidentiality: "internal" },
    ],
  });
  return { id, itemIds };
}

export function createPost(agencyId: string, title = unique("Post")) {
  return buildPost(prisma, { agencyId, title });
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
  return buildAction(prisma, { title: data.title ?? unique("Action"), status: "open", ...data });
}

/** The UTC midnight `days` from today: how date-only values are stored. */
export function day(days: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
}
