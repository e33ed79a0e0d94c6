// Follow-up actions owned by posts, with their status history. Most come out of held meetings and
// are owned by the committee's member posts; the focal persona's post gets a known workload.
import type { MeetingRef, World } from "./context";
import { DAY, at, classify, inserter, iso, makeId } from "./context";
import { actionTitle, note, paragraph } from "./text";

const FOCAL_OPEN = 50;
const FOCAL_DONE = 30;

type Plan = { meeting: MeetingRef | null; meetingIdx: number; positionIdx: number; dueMs: number | null; status: string };

export function fillActions(world: World) {
  const { db, rng, now, size, personas } = world;
  const insertAction = inserter(db, "Action", [
    "id", "title", "description", "ownerPositionId", "ownerAgencyId", "ownerPersonId", "dueDate", "status",
    "committeeId", "meetingId", "decisionId", "completedAt", "confidentiality", "archivedAt", "createdAt", "updatedAt",
  ] as const);
  const insertUpdate = inserter(db, "ActionUpdate", ["id", "actionId", "status", "note", "authorId", "at"] as const);

  const decisionByMeeting = new Map<number, string>();
  for (const decision of world.decisions) decisionByMeeting.set(decision.meetingIdx, decision.id);
  const heldIdxs = world.meetings.flatMap((m, i) => (m.status === "held" ? [i] : []));
  const focalHeldIdxs = heldIdxs.filter((i) =>
    at(world.committees, at(world.meetings, i).committeeIdx).members.some((m) => m.agencyIdx === personas.focal.agencyIdx),
  );
  const focalPost = personas.focal.positionIdx;
  let updateIdx = 0;

  const write = ({ meeting, meetingIdx, positionIdx, dueMs, status }: Plan) => {
    const position = at(world.positions, positionIdx);
    const id = makeId("act", world.actionCount++);
    const createdMs = meeting ? Math.min(now, meeting.startsMs + DAY) : now - rng.int(1, 1000) * DAY;
    const completedMs = status === "done" ? Math.min(now, Math.max(createdMs + DAY, (dueMs ?? now) - rng.int(-10, 20) * DAY)) : null;
    const lastMs = completedMs ?? Math.min(now, createdMs + rng.int(1, 60) * DAY);
    insertAction({
      id,
      title: actionTitle(rng),
      description: rng.chance(0.5) ? paragraph(rng, 2) : null,
      ownerPositionId: position.id,
      ownerAgencyId: at(world.agencies, position.agencyIdx).id,
      ownerPersonId: position.holderIdx === null ? null : at(world.persons, position.holderIdx).id,
      dueDate: dueMs === null ? null : iso(dueMs - (dueMs % DAY)),
      status,
      committeeId: meeting ? at(world.committees, meeting.committeeIdx).id : null,
      meetingId: meeting?.id ?? null,
      decisionId: rng.chance(0.4) ? (decisionByMeeting.get(meetingIdx) ?? null) : null,
      completedAt: completedMs === null ? null : iso(completedMs),
      confidentiality: classify(world, "action", id),
      archivedAt: status === "cancelled" && rng.chance(0.3) ? iso(lastMs) : null,
      createdAt: iso(createdMs),
      updatedAt: iso(lastMs),
    });
    // The status history ends in the current status: done and cancelled actions went through work first.
    const steps = status === "done" ? ["in_progress", "done"]
      : status === "in_progress" ? (rng.chance(0.4) ? ["in_progress", "in_progress"] : ["in_progress"])
      : status === "cancelled" ? ["cancelled"]
      : rng.chance(0.5) ? ["open"] : [];
    steps.forEach((step, k) => {
      insertUpdate({
        id: makeId("aup", updateIdx++),
        actionId: id,
        status: step,
        note: rng.chance(0.7) ? note(rng) : null,
        authorId: rng.chance(0.9) ? rng.pick(world.userIds) : null,
        at: iso(createdMs + Math.round(((lastMs - createdMs) * (k + 1)) / steps.length)),
      });
    });
  };

  for (let a = 0; a < FOCAL_OPEN + FOCAL_DONE; a++) {
    const meetingIdx = rng.pick(focalHeldIdxs);
    const meeting = at(world.meetings, meetingIdx);
    const open = a < FOCAL_OPEN;
    write({
      meeting,
      meetingIdx,
      positionIdx: focalPost,
      dueMs: open ? now + rng.int(-60, 120) * DAY : meeting.startsMs + rng.int(14, 90) * DAY,
      status: open ? (rng.chance(0.6) ? "open" : "in_progress") : "done",
    });
  }

  while (world.actionCount < size.actions) {
    const linked = rng.chance(0.9);
    const meetingIdx = linked ? rng.pick(heldIdxs) : -1;
    const meeting = linked ? at(world.meetings, meetingIdx) : null;
    const members = meeting ? at(world.committees, meeting.committeeIdx).members : [];
    let positionIdx = members.length > 0 && rng.chance(0.7) ? rng.pick(members).positionIdx : rng.int(0, world.positions.length - 1);
    if (positionIdx === focalPost) positionIdx = focalPost + 1;
    const dueMs = rng.chance(0.05) ? null : (meeting?.startsMs ?? now - rng.int(-200, 800) * DAY) + rng.int(14, 90) * DAY;
    const r = rng.next();
    const status =
      dueMs === null || dueMs < now
        ? r < 0.75 ? "done" : r < 0.8 ? "cancelled" : r < 0.88 ? "in_progress" : "open"
        : r < 0.6 ? "open" : r < 0.95 ? "in_progress" : "done";
    write({ meeting, meetingIdx, positionIdx, dueMs, status });
  }
}
