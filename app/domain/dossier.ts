// The handover dossier: what a post carries, assembled from its live records. Pure: the model gathers
// the rows (app/models/dossier.server.ts), this groups, orders and trims them into the one shape that
// the dossier page shows and that a submitted handover freezes as JSON (dates as ISO strings).

import { isCalledOff } from "./vocabulary";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back a committee's decisions are shown. */
export const DECISIONS_WINDOW_DAYS = 365;
/** How many of a committee's recent decisions are listed. */
export const DECISIONS_PER_COMMITTEE = 5;
const RACI_ORDER = ["A", "R", "C", "I"];

export type DossierSource = {
  asOf: Date;
  post: { id: string; title: string; agencyId: string; agencyName: string; functionalEmail: string | null };
  /** The post's own RACI lines. */
  raci: { responsibilityId: string; title: string; reference: string | null; role: string }[];
  /** The other lines on the same responsibilities (other agencies and posts involved). */
  otherRaci: {
    responsibilityId: string;
    agencyId: string;
    agencyName: string;
    positionId: string | null;
    positionTitle: string | null;
    role: string;
  }[];
  actions: { id: string; title: string; status: string; dueDate: Date | null; committeeName: string | null }[];
  actionTotal: number;
  /** Deadlines of the obligations the post leads. */
  deadlines: { id: string; obligationTitle: string; cycle: string; dueDate: Date; status: string }[];
  /** Pending milestones the post owns, with their deadline (which may be led by another post). */
  milestones: {
    id: string;
    kind: string;
    title: string | null;
    dueDate: Date;
    status: string;
    deadline: { id: string; obligationTitle: string; cycle: string; dueDate: Date; status: string };
  }[];
  /** Other milestones of the deadlines the post leads, so each deadline shows its whole plan. */
  deadlineMilestones: { id: string; deadlineId: string; kind: string; title: string | null; dueDate: Date; status: string; ownerTitle: string | null }[];
  committees: { id: string; name: string; shortName: string | null; role: string }[];
  meetings: { id: string; committeeId: string; title: string; startsAt: Date; timeZone: string; venue: string | null; status: string }[];
  decisions: { id: string; committeeId: string; symbol: string | null; title: string; decidedOn: Date }[];
  /** Posts sharing a responsibility or a committee with this one, with their current holders. */
  counterparts: {
    positionId: string;
    title: string;
    agencyName: string;
    functionalEmail: string | null;
    holders: { personId: string; name: string; email: string | null; phone: string | null; acting: boolean }[];
    responsibilityIds: string[];
    committeeIds: string[];
  }[];
};

export type DossierMilestone = { id: string; kind: string; title: string | null; dueDate: string; status: string; ownedByPost: boolean; ownerTitle: string | null };

export type Dossier = {
  asOf: string;
  post: DossierSource["post"];
  responsibilities: { id: string; title: string; reference: string | null; role: string; others: { agencyName: string; positionTitle: string | null; role: string }[] }[];
  openActions: { total: number; items: { id: string; title: string; status: string; dueDate: string | null; overdue: boolean; committeeName: string | null }[] };
  deadlines: { id: string; obligationTitle: string; cycle: string; dueDate: string; status: string; leads: boolean; milestones: DossierMilestone[] }[];
  committees: {
    id: string;
    name: string;
    role: string;
    nextMeeting: { id: string; title: string; startsAt: string; timeZone: string; venue: string | null } | null;
    decisions: { id: string; symbol: string | null; title: string; decidedOn: string }[];
  }[];
  counterparts: {
    positionId: string;
    title: string;
    agencyName: string;
    functionalEmail: string | null;
    holders: DossierSource["counterparts"][number]["holders"];
    sharedResponsibilities: string[];
    sharedCommittees: string[];
  }[];
  calendarFeed: string;
};

const iso = (d: Date) => d.toISOString();
const byText = (a: string, b: string) => a.localeCompare(b);
const raciRank = (role: string) => {
  const i = RACI_ORDER.indexOf(role);
  return i === -1 ? RACI_ORDER.length : i;
};

export function assembleDossier(src: DossierSource): Dossier {
  const responsibilityTitles = new Map(src.raci.map((r) => [r.responsibilityId, r.title]));
  const responsibilities = [...src.raci]
    .sort((a, b) => raciRank(a.role) - raciRank(b.role) || byText(a.title, b.title))
    .map((r) => ({
      id: r.responsibilityId,
      title: r.title,
      reference: r.reference,
      role: r.role,
      others: src.otherRaci
        .filter((o) => o.responsibilityId === r.responsibilityId && o.positionId !== src.post.id)
        .sort((a, b) => raciRank(a.role) - raciRank(b.role) || byText(a.agencyName, b.agencyName))
        .map((o) => ({ agencyName: o.agencyName, positionTitle: o.positionTitle, role: o.role })),
    }));

  const openActions = {
    total: src.actionTotal,
    items: [...src.actions]
      .sort((a, b) => (a.dueDate?.getTime() ?? Infinity) - (b.dueDate?.getTime() ?? Infinity) || byText(a.title, b.title))
      .map((a) => ({
        id: a.id,
        title: a.title,
        status: a.status,
        dueDate: a.dueDate ? iso(a.dueDate) : null,
        overdue: a.dueDate !== null && a.dueDate.getTime() < startOfDay(src.asOf),
        committeeName: a.committeeName,
      })),
  };

  // A deadline appears once, whether the post leads it, owns one of its milestones, or both.
  const deadlines = new Map<string, Dossier["deadlines"][number]>();
  for (const d of src.deadlines) {
    deadlines.set(d.id, { id: d.id, obligationTitle: d.obligationTitle, cycle: d.cycle, dueDate: iso(d.dueDate), status: d.status, leads: true, milestones: [] });
  }
  for (const m of src.milestones) {
    const d = m.deadline;
    const entry = deadlines.get(d.id) ?? { id: d.id, obligationTitle: d.obligationTitle, cycle: d.cycle, dueDate: iso(d.dueDate), status: d.status, leads: false, milestones: [] };
    entry.milestones.push({ id: m.id, kind: m.kind, title: m.title, dueDate: iso(m.dueDate), status: m.status, ownedByPost: true, ownerTitle: src.post.title });
    deadlines.set(d.id, entry);
  }
  for (const m of src.deadlineMilestones) {
    const entry = deadlines.get(m.deadlineId);
    if (!entry || entry.milestones.some((x) => x.id === m.id)) continue;
    entry.milestones.push({ id: m.id, kind: m.kind, title: m.title, dueDate: iso(m.dueDate), status: m.status, ownedByPost: false, ownerTitle: m.ownerTitle });
  }
  for (const entry of deadlines.values()) entry.milestones.sort((a, b) => byText(a.dueDate, b.dueDate));

  const decisionsSince = src.asOf.getTime() - DECISIONS_WINDOW_DAYS * DAY_MS;
  const committees = [...src.committees]
    .sort((a, b) => byText(a.name, b.name))
    .map((c) => {
      const next = src.meetings
        .filter((m) => m.committeeId === c.id && m.startsAt >= src.asOf && !isCalledOff(m.status))
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
      return {
        id: c.id,
        name: c.shortName ? `${c.name} (${c.shortName})` : c.name,
        role: c.role,
        nextMeeting: next ? { id: next.id, title: next.title, startsAt: iso(next.startsAt), timeZone: next.timeZone, venue: next.venue } : null,
        decisions: src.decisions
          .filter((d) => d.committeeId === c.id && d.decidedOn.getTime() >= decisionsSince && d.decidedOn <= src.asOf)
          .sort((a, b) => b.decidedOn.getTime() - a.decidedOn.getTime() || byText(b.id, a.id))
          .slice(0, DECISIONS_PER_COMMITTEE)
          .map((d) => ({ id: d.id, symbol: d.symbol, title: d.title, decidedOn: iso(d.decidedOn) })),
      };
    });

  const committeeNames = new Map(src.committees.map((c) => [c.id, c.shortName ?? c.name]));
  const counterparts = src.counterparts
    .filter((c) => c.positionId !== src.post.id)
    .map((c) => ({
      positionId: c.positionId,
      title: c.title,
      agencyName: c.agencyName,
      functionalEmail: c.functionalEmail,
      holders: [...c.holders].sort((a, b) => Number(a.acting) - Number(b.acting) || byText(a.name, b.name)),
      sharedResponsibilities: unique(c.responsibilityIds.flatMap((id) => responsibilityTitles.get(id) ?? [])).sort(byText),
      sharedCommittees: unique(c.committeeIds.flatMap((id) => committeeNames.get(id) ?? [])).sort(byText),
    }))
    .filter((c) => c.sharedResponsibilities.length + c.sharedCommittees.length > 0)
    .sort((a, b) => byText(a.agencyName, b.agencyName) || byText(a.title, b.title));

  return {
    asOf: iso(src.asOf),
    post: src.post,
    responsibilities,
    openActions,
    deadlines: [...deadlines.values()].sort((a, b) => byText(a.dueDate, b.dueDate)),
    committees,
    counterparts,
    calendarFeed: "/calendar/feeds",
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function startOfDay(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** Reads a frozen dossier back; an older or damaged snapshot gives null rather than a broken page. */
export function parseDossier(json: string | null): Dossier | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== "object" || value === null) return null;
    if (!("responsibilities" in value) || !("openActions" in value) || !("counterparts" in value) || !("committees" in value)) return null;
    // Written by assembleDossier only (the seed and submitHandover), so the shape is ours.
    return value as Dossier;
  } catch {
    return null;
  }
}
