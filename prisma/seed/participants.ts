// Who attends a committee meeting: its member agencies, through the person holding the designated
// post on the day. Upcoming meetings have everyone "invited".
import type { AttendanceStatus, MembershipRole, ParticipantRole } from "../../app/domain/vocabulary";
import type { CommitteeKey, Committees } from "./committees";
import type { ParticipantSpec } from "./builders";
import type { Organisation } from "./organisation";
import type { AgencyKey, PositionKey } from "./organisation-data";

/** An attendance other than "present", by designated post (or agency when no post is designated). */
export type Attendance = Exclude<AttendanceStatus, "represented"> | { represented: string };
export type Exceptions = Partial<Record<PositionKey | AgencyKey, Attendance>>;

const PARTICIPANT_ROLE: Record<MembershipRole, ParticipantRole> = {
  chair: "chair",
  vice_chair: "member",
  member: "member",
  observer: "observer",
  secretariat: "secretariat",
};

export function participantsFor(
  org: Organisation,
  committees: Committees,
  key: CommitteeKey,
  at: Date,
  opts: { upcoming: boolean; exceptions?: Exceptions; withoutObservers?: boolean },
): ParticipantSpec[] {
  return committees
    .members(key)
    .filter(([role]) => !(opts.withoutObservers && role === "observer"))
    .map(([role, agency, post]) => {
      const base = {
        agencyId: org.agency(agency),
        positionId: post ? org.position(post).id : undefined,
        personId: post ? org.holderAt(post, at) : undefined,
        role: PARTICIPANT_ROLE[role],
      };
      if (opts.upcoming) return { ...base, attendance: "invited" };
      const exception = opts.exceptions?.[post ?? agency];
      if (exception === undefined) return { ...base, attendance: "present" };
      if (typeof exception === "string") return { ...base, attendance: exception };
      return { ...base, attendance: "represented", representedByName: exception.represented };
    });
}
