// THE list of benchmarked pages. Append an entry when you add a page worth measuring: a unique
// `name` (used by `npm run bench -- --pages a,b`), the bench user who visits it, and its path built
// from the ids in the generated <db>.meta.json. Pick ids that make the page do its real work.
import { makeId } from "./fill/context";
import type { BenchIds, BenchUser } from "./meta";

export type BenchPage = {
  name: string;
  user: BenchUser;
  path: (ids: BenchIds) => string;
};

export const PAGES: BenchPage[] = [
  { name: "dashboard-focal", user: "focal", path: () => "/" },
  { name: "dashboard-secretary", user: "secretary", path: () => "/" },
  { name: "agencies", user: "viewer", path: () => "/agencies" },
  // Ministries are the most common kind; only the large scale has five pages of them (national: empty page).
  { name: "agencies-kind-p5", user: "viewer", path: () => "/agencies?kind=ministry&page=5" },
  { name: "agency-detail-focal", user: "focal", path: (ids) => `/agencies/${ids.agencyId}` },
  // Decisions and actions (issue 5). The register sorts on the decision date; filters use the
  // committee and date indexes; the free-text search scans titles and texts.
  { name: "decisions", user: "viewer", path: () => "/decisions" },
  { name: "decisions-committee", user: "secretary", path: (ids) => `/decisions?committee=${ids.committeeId}&status=adopted` },
  { name: "decisions-search", user: "viewer", path: () => "/decisions?q=reporting" },
  { name: "decision-detail", user: "secretary", path: (ids) => `/decisions/${ids.decisionId}` },
  { name: "actions", user: "secretary", path: () => "/actions" },
  { name: "actions-agency-overdue", user: "focal", path: (ids) => `/actions?agency=${ids.agencyId}&due=overdue` },
  { name: "actions-post-all", user: "focal", path: (ids) => `/actions?position=${ids.positionId}&status=all` },
  { name: "actions-committee-csv", user: "secretary", path: (ids) => `/actions.csv?committee=${ids.committeeId}&status=all` },
  { name: "meeting-actions-bulk", user: "secretary", path: (ids) => `/meetings/${ids.meetingWith20AgendaItemsId}/actions` },
  // Agencies, people, posts and the responsibility matrix (issue 3). The agency list is "agencies" above.
  { name: "position-detail", user: "focal", path: (ids) => `/positions/${ids.positionId}` },
  { name: "people", user: "viewer", path: () => "/people" },
  { name: "matrix", user: "secretary", path: () => "/responsibilities/matrix" },
  { name: "matrix-csv", user: "secretary", path: () => "/responsibilities/matrix.csv" },
  { name: "responsibilities-mine", user: "focal", path: () => "/responsibilities/mine" },
  { name: "responsibilities-gaps", user: "secretary", path: () => "/responsibilities/gaps" },
  { name: "stakeholder-map", user: "viewer", path: () => "/agencies/map" },
  // Committees, meetings, documents and calendars (issue 4). The month view places every visible
  // meeting of the month; the meeting page renders a 20-item agenda with documents, decisions and
  // the open actions under "matters arising".
  { name: "committees", user: "viewer", path: () => "/committees" },
  { name: "committee-detail", user: "secretary", path: (ids) => `/committees/${ids.committeeId}` },
  { name: "meetings", user: "viewer", path: () => "/meetings" },
  { name: "meetings-month", user: "viewer", path: () => "/meetings/calendar" },
  { name: "meetings-month-committee", user: "secretary", path: (ids) => `/meetings/calendar?committeeId=${ids.committeeId}` },
  { name: "meetings-mine", user: "focal", path: () => "/meetings/mine" },
  { name: "meeting-detail-20", user: "secretary", path: (ids) => `/meetings/${ids.meetingWith20AgendaItemsId}` },
  { name: "meeting-attendance", user: "focal", path: (ids) => `/meetings/${ids.meetingWith20AgendaItemsId}/attendance` },
  { name: "meeting-journal-print", user: "viewer", path: (ids) => `/meetings/${ids.meetingWith20AgendaItemsId}/print` },
  { name: "meeting-ics", user: "viewer", path: (ids) => `/meetings/${ids.meetingWith20AgendaItemsId}/ics` },
  { name: "documents", user: "viewer", path: () => "/documents" },
  // Meeting records (issue 11): a document with its language versions and its files page, and a
  // committee's standing agenda.
  { name: "document-detail", user: "secretary", path: (ids) => `/documents/${ids.documentWithFilesId ?? makeId("doc", 0)}` },
  { name: "document-files", user: "secretary", path: (ids) => `/documents/${ids.documentWithFilesId ?? makeId("doc", 0)}/files` },
  { name: "committee-standing", user: "secretary", path: (ids) => `/committees/${ids.committeeId}/standing` },
  // Notifications (issue 9): the focal persona's page (600 of them, newest first on (userId,
  // createdAt)), its unread filter, and the admin's outbox, all and failed only.
  { name: "notifications", user: "focal", path: () => "/notifications" },
  { name: "notifications-unread", user: "focal", path: () => "/notifications?unread=1" },
  { name: "outbox", user: "admin", path: () => "/admin/outbox" },
  { name: "outbox-failed", user: "admin", path: () => "/admin/outbox?status=failed&page=3" },
  // Reporting (issue 9): the calendar's full year of every obligation (the printable version draws
  // them all; the timeline pages them), the list view, an obligation with its cycles, compliance.
  { name: "reporting-calendar-print", user: "viewer", path: () => "/reporting/calendar/print" },
  { name: "reporting-calendar", user: "focal", path: () => "/reporting/calendar" },
  { name: "reporting-calendar-list-mine", user: "focal", path: () => "/reporting/calendar?view=list&mine=1" },
  { name: "reporting-obligations", user: "viewer", path: () => "/reporting" },
  { name: "reporting-obligation", user: "secretary", path: () => `/reporting/${makeId("obl", 0)}` },
  { name: "reporting-compliance", user: "secretary", path: () => "/reporting/compliance" },
  // The public holidays of a year, with the add form and a remove button per row (admin).
  { name: "reporting-holidays", user: "admin", path: () => "/reporting/holidays" },
  // Accounts (issue 10): the users list by email, its search over names and emails, a secretary's
  // list scoped to the accounts of their agencies' people, and the profile with its zone list.
  { name: "users", user: "admin", path: () => "/admin/users" },
  { name: "users-search-active", user: "admin", path: () => "/admin/users?q=a&status=active&role=focal_point" },
  { name: "users-secretary", user: "secretary", path: () => "/admin/users" },
  { name: "profile", user: "focal", path: () => "/profile" },
  // Handovers and rotation (issue 10). The dossier page of the busiest post (most open actions) is a
  // draft, so it builds the live dossier; the print view of the same; the secretary's follow-up list;
  // the rotation-risk page, which runs every rule over the whole directory.
  { name: "handover-dossier-busiest", user: "secretary", path: (ids) => (ids.busiestPostHandoverId ? `/handovers/${ids.busiestPostHandoverId}` : "/handovers") },
  { name: "handover-print-busiest", user: "secretary", path: (ids) => (ids.busiestPostHandoverId ? `/handovers/${ids.busiestPostHandoverId}/print` : "/handovers") },
  { name: "handovers-all", user: "secretary", path: () => "/handovers?tab=all" },
  { name: "rotation-risk", user: "secretary", path: () => "/rotation-risk" },
  // Search (issue 12): a common word over every kind (counts per kind, the best five of each, snippets),
  // the same word paged within one kind, and a decision-symbol prefix; clearance is in each query.
  { name: "search-word", user: "viewer", path: () => "/search?q=reporting" },
  { name: "search-word-kind-p3", user: "focal", path: () => "/search?q=reporting&kind=action&page=3" },
  { name: "search-symbol", user: "focal", path: () => "/search?q=IMC1.DEC%2F1" },
  // The audit log (issue 12, decision 024): a filtered page (kind + action on the (entity, at, id)
  // index), a page four fifths down the whole log by keyset, and two bounded CSV exports.
  { name: "audit-filtered", user: "admin", path: () => "/admin/audit?entity=decision&action=update" },
  { name: "audit-deep-keyset", user: "admin", path: (ids) => `/admin/audit?after=${encodeURIComponent(ids.auditDeepCursor ?? "2000-01-01T00:00:00.000Z~z")}` },
  { name: "audit-csv-record", user: "admin", path: (ids) => `/admin/audit.csv?record=${ids.decisionId}` },
  { name: "audit-csv-filtered", user: "admin", path: () => "/admin/audit.csv?entity=committee&action=archive" },
  // The History section of a busy record (its audit events, paged, references resolved).
  { name: "record-history-decision", user: "secretary", path: (ids) => `/decisions/${ids.decisionId}?historyPage=1` },
];
