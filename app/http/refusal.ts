// Why a request was refused (app/http/refusal.server.ts), read back by the error page. Client-safe.
import { isRouteErrorResponse } from "@remix-run/react";

export const REFUSAL_REASONS = ["notAForm", "brokenBody", "repeatedField", "nulByte", "unexpectedFile", "crossSite"] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export function refusalOf(error: unknown): RefusalReason | null {
  if (!isRouteErrorResponse(error)) return null;
  const body: unknown = error.data;
  if (typeof body !== "object" || body === null || !("refusal" in body)) return null;
  return REFUSAL_REASONS.find((r) => r === body.refusal) ?? null;
}
