// Requests refused before any action code runs: a 4xx with a reason the error page explains in the
// reader's language (app/http/refusal.ts). Nothing was written, and nothing is logged as an error.
import { REFUSAL_REASONS, type RefusalReason } from "./refusal";

export function refusal(status: 400 | 403 | 413 | 415, reason: RefusalReason): Response {
  if (!REFUSAL_REASONS.includes(reason)) throw new Error(`unknown refusal ${reason}`);
  return Response.json({ refusal: reason }, { status, headers: { "Cache-Control": "no-store" } });
}
