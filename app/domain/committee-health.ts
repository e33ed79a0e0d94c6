// Committee health for secretaries, from the UNIDIR lessons: is the committee meeting, are its
// meetings producing anything ("coordinating for nothing"), who turns up, and who is late.

export const HEALTH_WINDOW_MONTHS = 12;

/** The last twelve months, ending now. */
export function healthWindow(now: Date): { from: Date; to: Date } {
  const from = new Date(now);
  from.setUTCMonth(from.getUTCMonth() - HEALTH_WINDOW_MONTHS);
  return { from, to: now };
}

/** Present or represented counts as attending; "invited" on a held meeting means nobody recorded it. */
const ATTENDED = new Set(["present", "represented"]);
const RECORDED = new Set(["present", "represented", "absent", "excused"]);

export type HealthInput = {
  committees: readonly { id: string }[];
  /** Held meetings in the window, with how many decisions and actions each recorded. */
  meetings: readonly { committeeId: string; decisions: number; actions: number }[];
  /** Participations of agencies in those meetings, counted by attendance status. */
  attendance: readonly { committeeId: string; agencyId: string; attendance: string; count: number }[];
  /** Active actions past their due date, by owner agency. */
  overdue: readonly { committeeId: string; agencyId: string; count: number }[];
};

export type AgencyAttendance = { agencyId: string; attended: number; recorded: number; rate: number };

export type CommitteeHealth = {
  committeeId: string;
  held: number;
  withoutOutcome: number;
  /** Share (0–1) of held meetings with no decision and no action; null when none was held. */
  withoutOutcomeShare: number | null;
  /** Lowest attendance first: those are the ones to talk to. */
  attendance: AgencyAttendance[];
  /** Most overdue first. */
  overdue: { agencyId: string; count: number }[];
  overdueTotal: number;
};

export function committeeHealth(input: HealthInput): CommitteeHealth[] {
  return input.committees.map(({ id }) => {
    const meetings = input.meetings.filter((m) => m.committeeId === id);
    const withoutOutcome = meetings.filter((m) => m.decisions === 0 && m.actions === 0).length;

    const byAgency = new Map<string, { attended: number; recorded: number }>();
    for (const row of input.attendance) {
      if (row.committeeId !== id || !RECORDED.has(row.attendance)) continue;
      const entry = byAgency.get(row.agencyId) ?? { attended: 0, recorded: 0 };
      entry.recorded += row.count;
      if (ATTENDED.has(row.attendance)) entry.attended += row.count;
      byAgency.set(row.agencyId, entry);
    }
    const attendance = [...byAgency]
      .map(([agencyId, { attended, recorded }]) => ({ agencyId, attended, recorded, rate: attended / recorded }))
      .sort((a, b) => a.rate - b.rate || a.agencyId.localeCompare(b.agencyId));

    const overdueMap = new Map<string, number>();
    for (const row of input.overdue) {
      if (row.committeeId !== id) continue;
      overdueMap.set(row.agencyId, (overdueMap.get(row.agencyId) ?? 0) + row.count);
    }
    const overdue = [...overdueMap]
      .map(([agencyId, count]) => ({ agencyId, count }))
      .sort((a, b) => b.count - a.count || a.agencyId.localeCompare(b.agencyId));

    return {
      committeeId: id,
      held: meetings.length,
      withoutOutcome,
      withoutOutcomeShare: meetings.length ? withoutOutcome / meetings.length : null,
      attendance,
      overdue,
      overdueTotal: overdue.reduce((sum, o) => sum + o.count, 0),
    };
  });
}
