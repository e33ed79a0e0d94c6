// "What changed since the handover": for a post's new holder, the work that appeared, closed or moved
// after the handover was written. Pure: the model reads the records (created or closed since) and the
// audit events of the deadlines, milestones and meetings concerned; this turns them into one timeline.

export type ChangeKind =
  | "action_new"
  | "action_closed"
  | "decision"
  | "deadline_new"
  | "deadline_moved"
  | "milestone_moved"
  | "meeting_new"
  | "meeting_moved"
  | "meeting_cancelled";

export type Change = {
  kind: ChangeKind;
  at: string;
  entity: "action" | "decision" | "reportingDeadline" | "milestone" | "meeting";
  id: string;
  title: string;
  /** For moves: the date before and after (ISO). */
  from?: string;
  to?: string;
};

export type ChangeSource = {
  since: Date;
  actions: { id: string; title: string; createdAt: Date; closedAt: Date | null; status: string }[];
  decisions: { id: string; title: string; createdAt: Date }[];
  deadlines: { id: string; title: string; createdAt: Date }[];
  milestones: { id: string; title: string }[];
  meetings: { id: string; title: string; createdAt: Date }[];
  /** Update events of the deadlines, milestones and meetings above (before/after as stored JSON). */
  audit: { entity: string; entityId: string; at: Date; before: string | null; after: string | null }[];
};

/** Reads one field of a stored audit diff; anything unreadable is "not changed". */
function field(json: string | null, key: string): string | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== "object" || value === null || !(key in value)) return null;
    const v: unknown = Object.entries(value).find(([k]) => k === key)?.[1];
    return typeof v === "string" ? v : null;
  } catch {
    return null;
  }
}

export function changesSince(src: ChangeSource): Change[] {
  const after = (d: Date) => d > src.since;
  const out: Change[] = [];
  for (const a of src.actions) {
    if (after(a.createdAt)) out.push({ kind: "action_new", at: a.createdAt.toISOString(), entity: "action", id: a.id, title: a.title });
    if (a.closedAt && after(a.closedAt) && (a.status === "done" || a.status === "cancelled")) {
      out.push({ kind: "action_closed", at: a.closedAt.toISOString(), entity: "action", id: a.id, title: a.title });
    }
  }
  for (const d of src.decisions) if (after(d.createdAt)) out.push({ kind: "decision", at: d.createdAt.toISOString(), entity: "decision", id: d.id, title: d.title });
  const newDeadlines = new Set<string>();
  for (const d of src.deadlines) {
    if (!after(d.createdAt)) continue;
    newDeadlines.add(d.id);
    out.push({ kind: "deadline_new", at: d.createdAt.toISOString(), entity: "reportingDeadline", id: d.id, title: d.title });
  }
  const newMeetings = new Set<string>();
  for (const m of src.meetings) {
    if (!after(m.createdAt)) continue;
    newMeetings.add(m.id);
    out.push({ kind: "meeting_new", at: m.createdAt.toISOString(), entity: "meeting", id: m.id, title: m.title });
  }

  const titles = new Map<string, string>([
    ...src.deadlines.map((d) => [`reportingDeadline:${d.id}`, d.title] as const),
    ...src.milestones.map((m) => [`milestone:${m.id}`, m.title] as const),
    ...src.meetings.map((m) => [`meeting:${m.id}`, m.title] as const),
  ]);
  // A record created and then moved since is simply new: its history starts after the handover.
  for (const e of [...src.audit].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (!after(e.at)) continue;
    const title = titles.get(`${e.entity}:${e.entityId}`);
    if (title === undefined) continue;
    if (e.entity === "meeting") {
      if (newMeetings.has(e.entityId)) continue;
      if (field(e.after, "status") === "cancelled") {
        out.push({ kind: "meeting_cancelled", at: e.at.toISOString(), entity: "meeting", id: e.entityId, title });
        continue;
      }
      const from = field(e.before, "startsAt");
      const to = field(e.after, "startsAt");
      if (from && to && from !== to) out.push({ kind: "meeting_moved", at: e.at.toISOString(), entity: "meeting", id: e.entityId, title, from, to });
    } else if (e.entity === "reportingDeadline" || e.entity === "milestone") {
      if (newDeadlines.has(e.entityId)) continue;
      const from = field(e.before, "dueDate");
      const to = field(e.after, "dueDate");
      if (!from || !to || from === to) continue;
      out.push({ kind: e.entity === "milestone" ? "milestone_moved" : "deadline_moved", at: e.at.toISOString(), entity: e.entity, id: e.entityId, title, from, to });
    }
  }
  return out.sort((a, b) => b.at.localeCompare(a.at) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}
