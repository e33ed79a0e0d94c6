import type { MessageKey } from "./en";
import { agenciesFr } from "./messages/agencies.fr";
import { coreFr } from "./messages/core.fr";
import { peopleFr } from "./messages/people.fr";
import { responsibilitiesFr } from "./messages/responsibilities.fr";
import { decisionsFr } from "./messages/decisions.fr";
import { actionsFr } from "./messages/actions.fr";
import { dashboardFr } from "./messages/dashboard.fr";
import { committeesFr } from "./messages/committees.fr";
import { meetingsFr } from "./messages/meetings.fr";
import { documentsFr } from "./messages/documents.fr";
import { calendarFr } from "./messages/calendar.fr";
import { recordsFr } from "./messages/records.fr";
import { reportingFr } from "./messages/reporting.fr";
import { accountsFr } from "./messages/accounts.fr";
import { handoversFr } from "./messages/handovers.fr";
import { searchFr } from "./messages/search.fr";
import { historyFr } from "./messages/history.fr";
import { auditFr } from "./messages/audit.fr";
import { inputFr } from "./messages/input.fr";
import { notificationsFr } from "./messages/notifications.fr";

export const fr: Record<MessageKey, string> = {
  ...coreFr,
  ...agenciesFr,
  ...peopleFr,
  ...responsibilitiesFr,
  ...decisionsFr,
  ...actionsFr,
  ...dashboardFr,
  ...committeesFr,
  ...meetingsFr,
  ...documentsFr,
  ...calendarFr,
  ...recordsFr,
  ...reportingFr,
  ...accountsFr,
  ...handoversFr,
  ...searchFr,
  ...historyFr,
  ...auditFr,
  ...inputFr,
  ...notificationsFr,
};
