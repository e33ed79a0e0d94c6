import { describe, expect, it } from "vitest";
import { changesSince, type ChangeSource } from "./changes-since";

const since = new Date("2026-11-01T00:00:00Z");
const before = new Date("2026-10-15T00:00:00Z");
const after = (day: number) => new Date(Date.UTC(2026, 10, day, 12));

function source(overrides: Partial<ChangeSource> = {}): ChangeSource {
  return { since, actions: [], decisions: [], deadlines: [], milestones: [], meetings: [], audit: [], ...overrides };
}

describe("changesSince", () => {
  it("reports actions created and closed after the handover, not before", () => {
    const changes = changesSince(
      source({
        actions: [
          { id: "new", title: "New one", createdAt: after(3), closedAt: null, status: "open" },
          { id: "closed", title: "Closed one", createdAt: before, closedAt: after(5), status: "done" },
          { id: "old", title: "Old and open", createdAt: before, closedAt: null, status: "open" },
          { id: "reopened", title: "Closed then reopened", createdAt: before, closedAt: after(4), status: "open" },
        ],
      }),
    );
    expect(changes.map((c) => [c.kind, c.id])).toEqual([
      ["action_closed", "closed"],
      ["action_new", "new"],
    ]);
  });

  it("reports the decisions of the post's committees taken since", () => {
    const changes = changesSince(source({ decisions: [{ id: "d1", title: "Defer", createdAt: after(2) }, { id: "d0", title: "Old", createdAt: before }] }));
    expect(changes).toEqual([{ kind: "decision", at: after(2).toISOString(), entity: "decision", id: "d1", title: "Defer" }]);
  });

  it("reads moved deadlines, milestones and meetings from the audit trail, with the dates before and after", () => {
    const changes = changesSince(
      source({
        deadlines: [{ id: "dl", title: "ATT report (2026)", createdAt: before }],
        milestones: [{ id: "ms", title: "Data call" }],
        meetings: [{ id: "mt", title: "7th meeting", createdAt: before }],
        audit: [
          { entity: "reportingDeadline", entityId: "dl", at: after(6), before: JSON.stringify({ dueDate: "2027-05-31T00:00:00.000Z" }), after: JSON.stringify({ dueDate: "2027-06-15T00:00:00.000Z" }) },
          { entity: "milestone", entityId: "ms", at: after(7), before: JSON.stringify({ dueDate: "2027-01-31T00:00:00.000Z" }), after: JSON.stringify({ dueDate: "2027-02-07T00:00:00.000Z" }) },
          { entity: "meeting", entityId: "mt", at: after(8), before: JSON.stringify({ startsAt: "2027-01-15T09:00:00.000Z" }), after: JSON.stringify({ startsAt: "2027-01-22T09:00:00.000Z" }) },
          // A title change is not a move; an event before the handover is not a change since.
          { entity: "meeting", entityId: "mt", at: after(9), before: JSON.stringify({ title: "a" }), after: JSON.stringify({ title: "b" }) },
          { entity: "meeting", entityId: "mt", at: before, before: JSON.stringify({ startsAt: "2027-01-01T09:00:00.000Z" }), after: JSON.stringify({ startsAt: "2027-01-15T09:00:00.000Z" }) },
        ],
      }),
    );
    expect(changes.map((c) => [c.kind, c.from?.slice(0, 10), c.to?.slice(0, 10)])).toEqual([
      ["meeting_moved", "2027-01-15", "2027-01-22"],
      ["milestone_moved", "2027-01-31", "2027-02-07"],
      ["deadline_moved", "2027-05-31", "2027-06-15"],
    ]);
  });

  it("counts a record created since as new only, even if it was then moved, and notices cancellations", () => {
    const changes = changesSince(
      source({
        meetings: [
          { id: "fresh", title: "Extra session", createdAt: after(2) },
          { id: "mt", title: "8th meeting", createdAt: before },
        ],
        deadlines: [{ id: "dl", title: "New cycle", createdAt: after(3) }],
        audit: [
          { entity: "meeting", entityId: "fresh", at: after(4), before: JSON.stringify({ startsAt: "2027-01-01T09:00:00.000Z" }), after: JSON.stringify({ startsAt: "2027-01-02T09:00:00.000Z" }) },
          { entity: "meeting", entityId: "mt", at: after(5), before: JSON.stringify({ status: "planned" }), after: JSON.stringify({ status: "cancelled" }) },
          { entity: "reportingDeadline", entityId: "dl", at: after(6), before: JSON.stringify({ dueDate: "2027-01-01T00:00:00.000Z" }), after: JSON.stringify({ dueDate: "2027-02-01T00:00:00.000Z" }) },
          { entity: "meeting", entityId: "unknown", at: after(6), before: "{broken", after: null },
        ],
      }),
    );
    expect(changes.map((c) => [c.kind, c.id])).toEqual([
      ["meeting_cancelled", "mt"],
      ["deadline_new", "dl"],
      ["meeting_new", "fresh"],
    ]);
  });

  it("is empty when nothing happened since", () => {
    expect(changesSince(source({ actions: [{ id: "a", title: "Old", createdAt: before, closedAt: null, status: "open" }] }))).toEqual([]);
  });
});
