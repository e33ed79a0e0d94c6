// The query string of each list page, read once by its loader with `readListSearch` (decision 050).
// The names are the URL's (bookmarks and links keep working); unknown values fall back.
// Loaders only: a component that imports anything from here puts zod (~90 KB gzipped) into every
// list page's browser bundle (npm run bench:js showed 231 KB instead of 139). Vocabularies that a
// component needs live in app/domain/vocabulary.ts.
import { ACCOUNT_STATUSES } from "~/domain/account-rules";
import { ACTION_STATUS_FILTERS } from "~/domain/action-status";
import { GAP_KINDS } from "~/domain/gaps";
import { HANDOVER_TABS } from "~/domain/handover-rules";
import { NOTIFICATION_STATUSES } from "~/domain/notifications";
import { DUE_WINDOWS } from "~/domain/overdue";
import { ROTATION_SECTIONS } from "~/domain/rotation-risk";
import {
  AGENCY_KINDS,
  COMMITTEE_KINDS,
  DECISION_STATUSES,
  DOCUMENT_KINDS,
  MEETING_PERIODS,
  MEETING_STATUSES,
  OBLIGATION_STATUS_FILTERS,
  ROLE_NAMES,
} from "~/domain/vocabulary";
import { choice, flag, idParam, intParam, listSearch, pageParam, searchText } from "./list-search";


export const agencyListSearch = listSearch({ q: searchText(), kind: choice(AGENCY_KINDS), archived: flag() });

export const committeeListSearch = listSearch({ q: searchText(), kind: choice(COMMITTEE_KINDS) });

export const decisionListSearch = listSearch({
  q: searchText(),
  committee: idParam(),
  year: intParam(1900, 2200),
  status: choice(DECISION_STATUSES),
});

export const documentListSearch = listSearch({ q: searchText(120), committeeId: idParam(), kind: choice(DOCUMENT_KINDS) });

export const personListSearch = listSearch({ q: searchText() });

export const meetingListSearch = listSearch({
  committeeId: idParam(),
  status: choice(MEETING_STATUSES),
  period: choice(MEETING_PERIODS, "upcoming"),
});

export const myMeetingListSearch = listSearch({ period: choice(MEETING_PERIODS, "upcoming") });

export const accountListSearch = listSearch({ q: searchText(), role: choice(ROLE_NAMES), status: choice(ACCOUNT_STATUSES) });

export const outboxListSearch = listSearch({ status: choice(NOTIFICATION_STATUSES) });

export const actionListSearch = listSearch({
  committee: idParam(),
  agency: idParam(),
  position: idParam(),
  mine: flag(),
  status: choice(ACTION_STATUS_FILTERS, "active"),
  due: choice(DUE_WINDOWS),
  archived: flag(),
});

// ─── The responsibilities: catalogue, matrix (and its CSV), gaps ───
const catalogueFilters = { instrument: idParam(), phase: idParam() };

export const catalogueSearch = listSearch({ q: searchText(), ...catalogueFilters });

export const matrixSearch = listSearch({
  q: searchText(),
  ...catalogueFilters,
  agency: idParam(),
  /** The page of agency columns. */
  cols: pageParam,
  /** The cell whose editor is open: a responsibility, and the agency of its column (none: choose one). */
  cell: idParam(),
  cellAgency: idParam(),
});

export const gapListSearch = listSearch({ ...catalogueFilters, agency: idParam(), kind: choice(GAP_KINDS) });

// ─── Reporting: obligations, compliance, the calendar (and its print), holidays ───
const obligationFilters = { instrument: idParam(), agency: idParam() };
/** Years a reporting page may show; anything else is the current year. */
const reportingYear = intParam(1990, 2100);

export const obligationListSearch = listSearch({ ...obligationFilters, status: choice(OBLIGATION_STATUS_FILTERS, "active") });

export const complianceSearch = listSearch(obligationFilters);

export const reportingCalendarSearch = listSearch({ ...obligationFilters, year: reportingYear, mine: flag(), view: choice(["timeline", "list"], "timeline") });

export const holidayListSearch = listSearch({ year: reportingYear });

/** The stakeholder map's one filter (the page number is ignored: the map is one picture). */
export const stakeholderMapSearch = listSearch({ kind: choice(AGENCY_KINDS) });

// ─── Handovers, rotation risk, notifications ───
export const handoverListSearch = listSearch({ tab: choice(HANDOVER_TABS, "read") });

export const rotationRiskSearch = listSearch({ section: choice(ROTATION_SECTIONS) });

export const notificationListSearch = listSearch({ unread: flag() });

/** Pages with nothing to filter: only the page number. */
export const pageOnlySearch = listSearch({});
