// The outbox's timer inside the server. One process of the cluster runs it (worker 0, see
// isPrimaryWorker): rows are claimed atomically, so several timers would never send a message twice,
// but every worker's producers writing their batches at once only made them, and users' saves, wait
// for SQLite's write lock (P1008 timeouts were seen with two workers).
// NOTIFY_INTERVAL_SECONDS sets the period (default 30); NOTIFY_TIMER=off leaves it to cron
// (`npm run notify`).
import { registerBuiltInProducers } from "./notification-producers.server";
import { mailerFromEnv } from "./mailer.server";
import { runOutbox } from "./outbox.server";
import { isPrimaryWorker } from "~/worker.server";

const state = globalThis as unknown as { relaisOutboxTimer?: ReturnType<typeof setInterval> };

export function startOutboxTimer(env: Record<string, string | undefined> = process.env): void {
  if (state.relaisOutboxTimer || env.NOTIFY_TIMER === "off" || !isPrimaryWorker()) return;
  registerBuiltInProducers();
  const seconds = Number(env.NOTIFY_INTERVAL_SECONDS ?? 30);
  const period = Number.isFinite(seconds) && seconds >= 1 ? seconds * 1000 : 30_000;
  const mailer = mailerFromEnv(env);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runOutbox({ mailer });
    } catch (error) {
      console.error("outbox run failed", error);
    } finally {
      running = false;
    }
  };
  state.relaisOutboxTimer = setInterval(() => void tick(), period);
  // The server must be able to exit without waiting for the next tick.
  state.relaisOutboxTimer.unref();
  setTimeout(() => void tick(), 1000).unref();
}
