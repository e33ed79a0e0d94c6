// The reminders the outbox produces on its ticks. A feature with reminders adds its producer here
// (one line), so the server's timer and `npm run notify` run the same set. Registration is a call,
// not an import's side effect: package.json declares "sideEffects": false, so the bundler would
// drop a module imported only for its side effects.
import { produceOverdueActionReminders } from "./action-notifications.server";
import { produceMilestoneReminders } from "./milestone-reminders.server";
import { registerNotificationProducer } from "./notifications.server";

const HOUR = 60 * 60 * 1000;

export function registerBuiltInProducers(): void {
  registerNotificationProducer("overdue-actions", produceOverdueActionReminders, { intervalMs: HOUR });
  registerNotificationProducer("milestone-reminders", produceMilestoneReminders, { intervalMs: HOUR });
}
