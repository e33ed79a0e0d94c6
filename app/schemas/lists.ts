// The query string of each list page, read once by its loader with `readListSearch` (decision 050).
// The names are the URL's (bookmarks and links keep working); unknown values fall back.
// Loaders only: a component that imports anything from here puts zod (~90 KB gzipped) into every
// list page's browser bundle (npm run bench:js showed 231 KB instead of 139). Vocabularies that a
// component needs live in app/domain/vocabulary.ts.
import { ACCOUNT_STATUSES } from "~/domain/account-rules";
import { NOTIFICATION_STATUSES } from "~/domain/notifications";
import { AGENCY_KINDS, COMMITTEE_KINDS, DECISION_STATUSES, DOCUMENT_KINDS, MEETING_PERIODS, MEETING_STATUSES, ROLE_NAMES } from "~/domain/vocabulary";
import { choice, flag, idParam, intParam, listSearch, searchText } from "./list-search";


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

/** Pages with nothing to filter: only the page number. */
export const pageOnlySearch = listSearch({});
