// The audit log's vocabulary and its keyset cursor: pure, shared by the page, its form and the CSV.

/** Kinds of record audit events are written about (the `entity` column), for the kind filter. */
export const AUDIT_ENTITIES = [
  "accessGrant",
  "action",
  "agency",
  "agendaItem",
  "assignment",
  "calendarFeedToken",
  "committee",
  "committeeMembership",
  "decision",
  "document",
  "documentFile",
  "documentLink",
  "export",
  "handover",
  "handoverVersion",
  "holiday",
  "meeting",
  "meetingSeries",
  "meetingTimeMark",
  "milestone",
  "notification",
  "notificationPreference",
  "obligationContributor",
  "participation",
  "person",
  "position",
  "reportingDeadline",
  "reportingObligation",
  "request",
  "responsibility",
  "responsibility_assignment",
  "rotationRiskSettings",
  "session",
  "signIn",
  "standingAgendaItem",
  "statement",
  "system",
  "user",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** What audit events record (the `action` column), for the action filter. */
export const AUDIT_ACTIONS = [
  "acknowledge",
  "address",
  "adopt_agenda",
  "archive",
  "cancel_rest",
  "circulate_journal",
  "create",
  "disable",
  "enable",
  "end",
  "export",
  "follow_post",
  "follow_standing",
  "forbidden",
  "import",
  "invite",
  "password_change",
  "postpone",
  "read",
  "read_all",
  "renumber",
  "reorder",
  "restore",
  "retry",
  "revoke",
  "seed",
  "send_invitations",
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "split",
  "status",
  "submit",
  "superseded",
  "update",
] as const;
export type AuditActionName = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_PAGE_SIZE = 50;

/** A position in the log, newest first: events are ordered by (at, id), both descending. */
export type AuditCursor = { at: string; id: string };

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([A-Za-z0-9_-]{1,64})$/;

export function encodeCursor(cursor: { at: Date | string; id: string }): string {
  return `${new Date(cursor.at).toISOString()}~${cursor.id}`;
}

/** The cursor of a URL, or null when it is not one (the schema turns that into a 400). */
export function decodeCursor(value: string): AuditCursor | null {
  const match = CURSOR.exec(value);
  if (!match?.[1] || !match[2]) return null;
  const at = new Date(match[1]);
  return Number.isNaN(at.getTime()) ? null : { at: at.toISOString(), id: match[2] };
}

/** Where an event's record can be opened, by kind (kinds without a page of their own have none). */
const RECORD_PAGES: Partial<Record<string, string>> = {
  action: "/actions/",
  agency: "/agencies/",
  committee: "/committees/",
  decision: "/decisions/",
  document: "/documents/",
  handover: "/handovers/",
  meeting: "/meetings/",
  person: "/people/",
  position: "/positions/",
  reportingObligation: "/reporting/",
  responsibility: "/responsibilities/",
  user: "/admin/users/",
};

export function auditRecordHref(entity: string, entityId: string): string | null {
  const base = RECORD_PAGES[entity];
  return base ? `${base}${encodeURIComponent(entityId)}#record-history` : null;
}

