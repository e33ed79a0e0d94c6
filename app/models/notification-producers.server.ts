// The reminders the outbox produces on its ticks. A feature with reminders registers its producer
// here (one line), so the server's timer and `npm run notify` run the same set.
import { produceOverdueActionReminders } from "./action-notifications.server";
import { registerNotificationProducer } from "./notifications.server";

const HOUR = 60 * 60 * 1000;

registerNotificationProducer("overdue-actions", produceOverdueActionReminders, { intervalMs: HOUR });
