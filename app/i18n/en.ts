// The English catalogue is the reference: every key must exist in French (the compiler checks, area
// by area). Messages use ICU MessageFormat ({name}, {count, plural, ...}). One file pair per area in
// messages/, so areas can grow without touching each other.
import { agenciesEn } from "./messages/agencies.en";
import { coreEn } from "./messages/core.en";
import { peopleEn } from "./messages/people.en";
import { responsibilitiesEn } from "./messages/responsibilities.en";
import { decisionsEn } from "./messages/decisions.en";
import { actionsEn } from "./messages/actions.en";
import { dashboardEn } from "./messages/dashboard.en";
import { committeesEn } from "./messages/committees.en";
import { meetingsEn } from "./messages/meetings.en";
import { documentsEn } from "./messages/documents.en";
import { calendarEn } from "./messages/calendar.en";
import { recordsEn } from "./messages/records.en";
import { reportingEn } from "./messages/reporting.en";
import { accountsEn } from "./messages/accounts.en";
import { handoversEn } from "./messages/handovers.en";
import { searchEn } from "./messages/search.en";
import { historyEn } from "./messages/history.en";
import { auditEn } from "./messages/audit.en";
import { inputEn } from "./messages/input.en";
import { notificationsEn } from "./messages/notifications.en";

export const en = {
  ...coreEn,
  ...agenciesEn,
  ...peopleEn,
  ...responsibilitiesEn,
  ...decisionsEn,
  ...actionsEn,
  ...dashboardEn,
  ...committeesEn,
  ...meetingsEn,
  ...documentsEn,
  ...calendarEn,
  ...recordsEn,
  ...reportingEn,
  ...accountsEn,
  ...handoversEn,
  ...searchEn,
  ...historyEn,
  ...auditEn,
  ...inputEn,
  ...notificationsEn,
} as const;

export type MessageKey = keyof typeof en;
