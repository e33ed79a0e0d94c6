// The answer to a save from a stale form (see app/models/record-version.server.ts).
import { data } from "@remix-run/node";
import type { EditConflict } from "~/domain/record-version";
import { StaleEditError } from "~/models/record-version.server";
import { withWriteRetry } from "~/models/write-retry.server";
import type { FormFailure } from "./form-result";

/**
 * Runs the save; a stale form's refusal comes back as the conflict, any other error is rethrown.
 * A save that lost the race for SQLite's write lock to another process is run again from the start,
 * so it then sees the winner's version and is refused as stale instead of failing.
 */
export async function staleOr(save: () => Promise<unknown>): Promise<EditConflict | null> {
  try {
    await withWriteRetry(save);
    return null;
  } catch (error) {
    if (error instanceof StaleEditError) return error.conflict;
    throw error;
  }
}

/**
 * 409 with what changed meanwhile and the typed values, nothing written. The returned values carry
 * the current version, so the user may save again once they have seen the other changes.
 */
export function conflicted(values: Record<string, string>, conflict: EditConflict) {
  const failure: FormFailure = {
    ok: false,
    values: { ...values, version: String(conflict.version) },
    fieldErrors: {},
    formErrors: [],
    conflict,
  };
  return data(failure, { status: 409 });
}
