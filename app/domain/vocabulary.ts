// The closed vocabularies of the domain. SQLite stores them as text; these lists are the only
// allowed values, and zod schemas are built from them.

export const AGENCY_KINDS = [
  "ministry",
  "agency",
  "customs",
  "police",
  "judiciary",
  "parliament",
  "embassy",
  "intergovernmental",
  "treaty_secretariat",
  "civil_society",
  "industry",
  "other",
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const CONFIDENTIALITY_LEVELS = ["public", "internal", "restricted", "confidential"] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];

export const RACI_ROLES = ["R", "A", "C", "I"] as const;
export type RaciRole = (typeof RACI_ROLES)[number];

export const COMMITTEE_KINDS = ["standing", "ad_hoc", "working_group", "sub_group"] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

export const MEMBERSHIP_ROLES = ["chair", "vice_chair", "member", "observer", "secretariat"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const MEETING_STATUSES = ["planned", "confirmed", "held", "postponed", "cancelled"] as const;
/** The meeting lists' period filter. */
export const MEETING_PERIODS = ["upcoming", "past"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A meeting that will not take place when it was set: no invitations, no clashes, never "the next meeting". */
export const CALLED_OFF_MEETING_STATUSES = ["cancelled", "postponed"] as const satisfies readonly MeetingStatus[];

export function isCalledOff(status: string): boolean {
  return (CALLED_OFF_MEETING_STATUSES as readonly string[]).includes(status);
}

export const TIME_MARK_KINDS = ["opened", "suspended", "resumed", "closed"] as const;
export type TimeMarkKind = (typeof TIME_MARK_KINDS)[number];

export const AGENDA_ITEM_KINDS = ["regular", "adoption_of_agenda", "matters_arising", "any_other_business", "next_meeting"] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const PARTICIPANT_ROLES = ["chair", "member", "secretariat", "observer", "expert", "guest"] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Participants from outside the directory: an ad-hoc expert, a delegation (a participating State), another organisation. */
export const EXTERNAL_PARTICIPANT_KINDS = ["expert", "delegation", "organisation"] as const;
export type ExternalParticipantKind = (typeof EXTERNAL_PARTICIPANT_KINDS)[number];

export const ATTENDANCE_STATUSES = ["invited", "present", "absent", "excused", "represented"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const DOCUMENT_KINDS = [
  "agenda",
  "annotated_agenda",
  "decision",
  "journal",
  "report",
  "working_paper",
  "statement",
  "note_verbale",
  "national_report",
  "other",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DECISION_ADOPTIONS = ["consensus", "recorded_vote"] as const;
export type DecisionAdoption = (typeof DECISION_ADOPTIONS)[number];

export const DECISION_STATUSES = ["adopted", "rejected", "deferred"] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const VOTES = ["for", "against", "abstain"] as const;
export type Vote = (typeof VOTES)[number];

export const ACTION_STATUSES = ["open", "in_progress", "done", "cancelled"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const INSTRUMENT_KINDS = ["treaty", "political_commitment", "regional", "register", "other"] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const OBLIGATION_RECURRENCES = ["once", "annual", "biennial", "on_change", "voluntary"] as const;
export type ObligationRecurrence = (typeof OBLIGATION_RECURRENCES)[number];

/** How an obligation's external due dates are set (app/domain/due-rules.ts). */
/** The status filter of the obligations list. */
export const OBLIGATION_STATUS_FILTERS = ["active", "overdue", "due_soon", "archived"] as const;

export const DUE_RULE_KINDS = ["annual", "once_after_event", "every_n_years", "on_event", "custom"] as const;
export type DueRuleKind = (typeof DUE_RULE_KINDS)[number];

/** How a report is submitted to the treaty secretariat. */
export const SUBMISSION_ACCESS = ["public", "restricted"] as const;
export type SubmissionAccess = (typeof SUBMISSION_ACCESS)[number];

export const DEADLINE_STATUSES = ["upcoming", "in_preparation", "submitted", "late", "waived"] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export const MILESTONE_KINDS = ["data_call", "contributions", "consolidation", "clearance", "submission", "other"] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const MILESTONE_STATUSES = ["pending", "done", "skipped"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const HANDOVER_STATUSES = ["draft", "submitted", "acknowledged"] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

export const FEED_SCOPES = ["committee", "person", "reporting"] as const;
export type FeedScope = (typeof FEED_SCOPES)[number];

export const ROLE_NAMES = ["admin", "secretary", "focal_point", "viewer"] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}
