// SQLite lets one writer in at a time. When two server processes number a record at the same moment,
// the loser's transaction fails (a unique index refusal, or a busy/stale-snapshot error) and is simply
// run again from the start: it then reads the winner's row and takes the next number.
const RETRYABLE_CODES = new Set(["P2002", "P1008", "P2034"]);

export function isRetryableWriteError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  if ("code" in error && typeof error.code === "string" && RETRYABLE_CODES.has(error.code)) return true;
  const text = `${"message" in error ? String(error.message) : ""} ${"cause" in error ? JSON.stringify(error.cause) : ""}`;
  return /SQLITE_BUSY|database is locked/i.test(text);
}

export async function withWriteRetry<T>(write: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isRetryableWriteError(error)) throw error;
      // A short, growing, jittered pause so the racers do not collide again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, attempt * 5 + Math.random() * 10));
    }
  }
}
