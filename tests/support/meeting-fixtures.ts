// Builders for the committee, meeting, calendar and document tests: a committee with member agencies
// whose designated posts are held by people, and its standing agenda. Real rows, no mocks.
import { prisma } from "../../app/db.server";
import { buildCommittee, buildHeldPost, buildMembership } from "../../prisma/seed/builders";
import { createAgency, unique } from "./fixtures";

const DAY = 86_400_000;

/** A committee with `members` member agencies, each with a designated post held by a person. */
export async function committeeWithMembers(
  options: {
    members?: number;
    standing?: readonly (readonly [string | null, string])[];
    confidentiality?: string;
    timeZone?: string;
    venue?: string;
    secretariatAgencyId?: string;
  } = {},
) {
  const { id, name, shortName } = await buildCommittee(prisma, {
    name: unique("Committee"),
    shortName: unique("C").slice(0, 12),
    kind: "standing",
    meetingNoun: "meeting",
    defaultTimeZone: options.timeZone ?? "Europe/Vienna",
    defaultVenue: options.venue,
    secretariatAgencyId: options.secretariatAgencyId,
    confidentiality: options.confidentiality ?? "internal",
    standing: options.standing,
  });
  const committee = { id, name, shortName };
  const members = [];
  for (let i = 0; i < (options.members ?? 2); i++) {
    const agency = await createAgency({ name: unique("Member agency") });
    const held = await buildHeldPost(prisma, {
      agencyId: agency.id,
      title: unique("Delegate"),
      person: { givenName: "Member", familyName: unique("Holder") },
      since: new Date(Date.now() - 300 * DAY),
    });
    await buildMembership(prisma, {
      committeeId: committee.id,
      agencyId: agency.id,
      positionId: held.positionId,
      role: i === 0 ? "chair" : "member",
      startDate: new Date(Date.now() - 200 * DAY),
    });
    members.push({ agencyId: agency.id, ...held });
  }
  if (options.secretariatAgencyId) {
    await buildMembership(prisma, { committeeId: committee.id, agencyId: options.secretariatAgencyId, role: "secretariat", startDate: new Date(Date.now() - 200 * DAY) });
  }
  return { committee, members };
}

/** A date N days from today as YYYY-MM-DD (UTC), for forms. */
export function dayFromNow(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

export function meetingForm(committeeId: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    committeeId,
    title: "",
    date: dayFromNow(30),
    startTime: "10:00",
    endTime: "12:00",
    timeZone: "Europe/Vienna",
    venue: "",
    room: "",
    onlineUrl: "",
    chairLabel: "",
    confidentiality: "internal",
    repeat: "once",
    ...overrides,
  };
}
