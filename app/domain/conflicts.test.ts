import { describe, expect, it } from "vitest";
import { findConflicts, findSeriesConflicts, groupClashes, overlaps, sameVenue, type ScheduledMeeting } from "./conflicts";

const at = (hhmm: string) => new Date(`2026-03-04T${hhmm}:00Z`);

function meeting(overrides: Partial<ScheduledMeeting> & { id: string }): ScheduledMeeting {
  return { title: overrides.id, startsAt: at("10:00"), endsAt: at("12:00"), venue: null, room: null, positionIds: [], personIds: [], ...overrides };
}

describe("overlap", () => {
  it("treats meetings as half-open intervals", () => {
    expect(overlaps({ startsAt: at("10:00"), endsAt: at("12:00") }, { startsAt: at("11:59"), endsAt: at("13:00") })).toBe(true);
    expect(overlaps({ startsAt: at("10:00"), endsAt: at("12:00") }, { startsAt: at("12:00"), endsAt: at("13:00") })).toBe(false);
    expect(overlaps({ startsAt: at("10:00"), endsAt: at("12:00") }, { startsAt: at("09:00"), endsAt: at("13:00") })).toBe(true);
  });
});

describe("venues", () => {
  it("matches venues regardless of case and spacing; different rooms of one venue do not clash", () => {
    expect(sameVenue({ venue: "Hofburg,  Vienna", room: null }, { venue: "hofburg, vienna", room: "Neuer Saal" })).toBe(true);
    expect(sameVenue({ venue: "Hofburg, Vienna", room: "Neuer Saal" }, { venue: "Hofburg, Vienna", room: "Ratsaal" })).toBe(false);
    expect(sameVenue({ venue: "Hofburg, Vienna", room: "Neuer Saal" }, { venue: "Hofburg, Vienna", room: "neuer saal" })).toBe(true);
    expect(sameVenue({ venue: null, room: null }, { venue: null, room: null })).toBe(false);
  });
});

describe("conflicts", () => {
  const candidate = { startsAt: at("11:00"), endsAt: at("13:00"), venue: "MFA, Room B", room: null, positionIds: ["post-customs", "post-mod"], personIds: ["amina"] };

  it("reports an invited post, an invited person and a double-booked venue", () => {
    const conflicts = findConflicts(candidate, [
      meeting({ id: "iecc", positionIds: ["post-customs"] }),
      meeting({ id: "wg", startsAt: at("12:30"), endsAt: at("14:00"), personIds: ["amina"] }),
      meeting({ id: "other-room-user", venue: "mfa,  room b" }),
    ]);
    expect(conflicts.map((c) => [c.meetingId, c.kind, c.subject])).toEqual([
      ["iecc", "post", "post-customs"],
      ["other-room-user", "venue", "mfa,  room b"],
      ["wg", "person", "amina"],
    ]);
  });

  it("reports nothing for meetings that only touch, share nobody, or are the meeting itself", () => {
    expect(
      findConflicts({ ...candidate, id: "self" }, [
        meeting({ id: "before", startsAt: at("09:00"), endsAt: at("11:00"), positionIds: ["post-customs"], venue: "MFA, Room B" }),
        meeting({ id: "strangers", positionIds: ["post-police"], personIds: ["bruno"], venue: "Elsewhere" }),
        meeting({ id: "self", positionIds: ["post-customs"] }),
      ]),
    ).toEqual([]);
  });

  it("checks every occurrence of a series", () => {
    const next = { ...candidate, startsAt: new Date("2026-03-11T11:00:00Z"), endsAt: new Date("2026-03-11T13:00:00Z") };
    const conflicts = findSeriesConflicts([candidate, next], [
      meeting({ id: "later", startsAt: new Date("2026-03-11T12:00:00Z"), endsAt: new Date("2026-03-11T12:30:00Z"), positionIds: ["post-mod"] }),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ meetingId: "later", kind: "post", occurrenceStart: next.startsAt });
  });
});

describe("clashes", () => {
  const candidate = { startsAt: at("11:00"), endsAt: at("13:00"), venue: "MFA, Room B", room: null, positionIds: ["p1", "p2", "p3"], personIds: ["amina", "bruno"] };

  it("gathers every post, person and the venue shared with one meeting on one line", () => {
    const clashes = groupClashes(
      findSeriesConflicts([candidate], [
        meeting({ id: "plenary", venue: "MFA, Room B", positionIds: ["p1", "p2", "p3"], personIds: ["amina", "bruno"] }),
        meeting({ id: "working-group", startsAt: at("12:30"), endsAt: at("14:00"), positionIds: ["p2"] }),
      ]),
    );
    expect(clashes).toHaveLength(2);
    expect(clashes[0]).toMatchObject({ meetingId: "plenary", venue: "MFA, Room B", positionIds: ["p1", "p2", "p3"], personIds: ["amina", "bruno"] });
    expect(clashes[1]).toMatchObject({ meetingId: "working-group", venue: null, positionIds: ["p2"], personIds: [] });
  });

  it("keeps one line per occurrence when a series clashes with the same meeting twice", () => {
    const long = meeting({ id: "retreat", startsAt: at("08:00"), endsAt: new Date("2026-03-04T23:00:00Z"), positionIds: ["p1"] });
    const second = { ...candidate, startsAt: at("15:00"), endsAt: at("16:00") };
    const clashes = groupClashes(findSeriesConflicts([candidate, second], [long]));
    expect(clashes.map((c) => c.occurrenceStart)).toEqual([candidate.startsAt, second.startsAt]);
  });
});
