// Reading uploaded files' text for search, in the jobs worker (the one process that serves no
// requests, see isPrimaryWorker): every FILE_TEXT_INTERVAL_SECONDS (default 10) the pending files are
// read, one at a time, each bounded in time and memory (file-text.server.ts). FILE_TEXT_TIMER=off
// leaves it to cron (`npm run files:text`).
import { isPrimaryWorker } from "~/worker.server";
import { readPendingFileTexts } from "./file-text.server";

const state = globalThis as unknown as { relaisFileTextTimer?: ReturnType<typeof setInterval> };

export function startFileTextTimer(env: Record<string, string | undefined> = process.env): void {
  if (state.relaisFileTextTimer || env.FILE_TEXT_TIMER === "off" || !isPrimaryWorker()) return;
  const seconds = Number(env.FILE_TEXT_INTERVAL_SECONDS ?? 10);
  const period = Number.isFinite(seconds) && seconds >= 1 ? seconds * 1000 : 10_000;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const batch = 10;
      while ((await readPendingFileTexts({ limit: batch })).length === batch);
    } catch (error) {
      console.error("reading file texts failed", error);
    } finally {
      running = false;
    }
  };
  state.relaisFileTextTimer = setInterval(() => void tick(), period);
  state.relaisFileTextTimer.unref();
  setTimeout(() => void tick(), 2000).unref();
}
