// Why a request was refused (app/http/refusal.server.ts), read back by the error page, and what that
// page says of any error (its panel and its <title>). Client-safe.
import { isRouteErrorResponse } from "@remix-run/react";
import type { MessageKey } from "~/i18n/en";

export const REFUSAL_REASONS = ["notAForm", "brokenBody", "repeatedField", "nulByte", "unexpectedFile", "tooLarge", "crossSite"] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export function refusalOf(error: unknown): RefusalReason | null {
  if (!isRouteErrorResponse(error)) return null;
  const body: unknown = error.data;
  if (typeof body !== "object" || body === null || !("refusal" in body)) return null;
  return REFUSAL_REASONS.find((r) => r === body.refusal) ?? null;
}

type Explained = { title: MessageKey; body: MessageKey; values?: { status: number } };

/** What the error page says: its title (also the page's <title>) and its explanation. */
export function explainError(error: unknown): Explained | "unexpected" {
  const refusal = refusalOf(error);
  if (refusal === "crossSite") return { title: "error.crossSite.title", body: "error.crossSite.body" };
  if (refusal) return { title: "error.refused.title", body: `error.refused.${refusal}` };
  if (isRouteErrorResponse(error) && (error.status === 404 || error.status === 403)) {
    const which = error.status === 404 ? "notFound" : "forbidden";
    return { title: `error.${which}.title`, body: `error.${which}.body` };
  }
  if (isRouteErrorResponse(error) && error.status >= 400 && error.status < 500) {
    return { title: "error.refused.title", body: "error.refused.body", values: { status: error.status } };
  }
  return "unexpected";
}

export function errorTitle(error: unknown): MessageKey {
  const explained = explainError(error);
  return explained === "unexpected" ? "error.unexpected.title" : explained.title;
}
