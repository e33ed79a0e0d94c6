// Pure rules of the outbox (docs/decisions/015): the kinds, who a post's notice reaches, the delivery
// states and when a failed email is tried again. No Prisma here; `now` is passed in.
import type { Locale } from "./vocabulary";

/** What a notification is about. Users choose, per kind, whether it also reaches them by email. */
export const NOTIFICATION_KINDS = [
  "milestone_reminder",
  "action_overdue",
  "action_assigned",
  "meeting_invitation",
  "journal_circulation",
  "account",
  "handover",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Kinds a user may turn off by email. Account messages (invitations, password resets) always go. */
export const OPTIONAL_EMAIL_KINDS = [
  "milestone_reminder",
  "action_overdue",
  "action_assigned",
  "meeting_invitation",
  "journal_circulation",
  "handover",
] as const satisfies readonly NotificationKind[];

/**
 * A notice to a post that found nobody (the post vacant, no functional mailbox) is not dropped: it
 * waits in this status until the post's next holder is assigned, who then receives it.
 */
export const NOTICE_WAITING = "waiting";

/**
 * The audit field of one email choice. The choices are part of the account's record (entity "user",
 * with its record version), so its History and a stale form's conflict name them.
 */
export function emailChoiceField(kind: (typeof OPTIONAL_EMAIL_KINDS)[number]) {
  return `email_${kind}` as const;
}

/** Delivery states of one Notification row; see decision 015 for the transitions. */
export const NOTIFICATION_STATUSES = ["pending", "claimed", "sending", "sent", "failed", "uncertain", "in_app"] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** An admin may put these back in the queue. */
export const RETRYABLE_STATUSES = ["failed", "uncertain"] as const satisfies readonly NotificationStatus[];

export const MAX_ATTEMPTS = 8;
const MINUTE = 60_000;

/**
 * The wait before the next attempt after `attempts` failed ones: 1, 2, 4 … minutes, at most 6 hours.
 * `jitter` (0..1) spreads retries of many messages that failed together.
 */
export function retryDelayMs(attempts: number, jitter = 0): number {
  const base = Math.min(MINUTE * 2 ** Math.max(0, attempts - 1), 6 * 60 * MINUTE);
  return Math.round(base * (1 + 0.2 * Math.min(Math.max(jitter, 0), 1)));
}

export type FailureOutcome = { status: "pending"; nextAttemptAt: Date } | { status: "failed" };

/**
 * After a refused or failed hand-over to SMTP. A permanent refusal (5xx: no such mailbox) is not
 * tried again; anything else is, with back-off, until MAX_ATTEMPTS.
 */
export function afterFailure(attempts: number, responseCode: number | null, now: Date, jitter = 0): FailureOutcome {
  if (responseCode !== null && responseCode >= 500 && responseCode < 600) return { status: "failed" };
  if (attempts >= MAX_ATTEMPTS) return { status: "failed" };
  return { status: "pending", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, jitter)) };
}

/** A claim older than this belongs to a worker that died (sending has its own, shorter, timeouts). */
export const CLAIM_LEASE_MS = 10 * MINUTE;

/**
 * What a stale claim becomes. "claimed" was never handed to SMTP, so it goes back to the queue;
 * "sending" may have been delivered before the crash, so it is never sent again automatically:
 * it waits as "uncertain" for an administrator to check and, if need be, retry.
 */
export function staleClaimOutcome(status: "claimed" | "sending"): "pending" | "uncertain" {
  return status === "claimed" ? "pending" : "uncertain";
}

// ─── Who a notice reaches ───────────────────────────────────────────────────

export type HolderAccount = {
  id: string;
  email: string;
  locale: string;
  timeZone: string | null;
  disabled: boolean;
  /** The optional kinds this user still wants by email, or "all". */
  emailKinds: readonly string[] | "all";
};

/** A current holder (substantive or acting) of a post, as read at resolution time. */
export type Holder = {
  personId: string;
  name: string;
  acting: boolean;
  personEmail: string | null;
  user: HolderAccount | null;
};

export type Recipient = {
  /** In-app recipient (and the account whose language and choices apply). */
  userId: string | null;
  /** Where the email goes; null: in the app only. */
  email: string | null;
  name: string | null;
  /** null: unknown language (a mailbox): both languages are sent. */
  locale: Locale | null;
  /** The reader's zone for dates without a zone of their own (a venue's); null: UTC. */
  timeZone: string | null;
};

function normalEmail(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.toLowerCase() : null;
}

function localeOf(value: string): Locale {
  return value === "fr" ? "fr" : "en";
}

/** Whether a user's choices let this kind reach them by email. */
export function wantsEmail(account: Pick<HolderAccount, "emailKinds">, kind: string): boolean {
  if (account.emailKinds === "all") return true;
  if (!(OPTIONAL_EMAIL_KINDS as readonly string[]).includes(kind)) return true;
  return account.emailKinds.includes(kind);
}

/** A user as a recipient: in the app always, by email when their choices allow it. */
export function userRecipient(account: HolderAccount, name: string | null, kind: string): Recipient | null {
  if (account.disabled) return null;
  return {
    userId: account.id,
    email: wantsEmail(account, kind) ? normalEmail(account.email) : null,
    name,
    locale: localeOf(account.locale),
    timeZone: account.timeZone,
  };
}

/**
 * The recipients of a notice to a post: each current holder (the substantive one first, then the
 * acting one) — through their account if they have one, else their directory email — and the
 * post's functional mailbox. Nobody receives the same notice twice, whatever the overlaps.
 */
export function postRecipients(holders: readonly Holder[], functionalEmail: string | null, kind: string): Recipient[] {
  const out: Recipient[] = [];
  const seenUsers = new Set<string>();
  const seenEmails = new Set<string>();
  const add = (r: Recipient) => {
    if (r.userId && seenUsers.has(r.userId)) return;
    if (r.email && seenEmails.has(r.email)) r = { ...r, email: null };
    if (!r.userId && !r.email) return;
    if (r.userId) seenUsers.add(r.userId);
    if (r.email) seenEmails.add(r.email);
    out.push(r);
  };
  const ordered = [...holders].sort((a, b) => Number(a.acting) - Number(b.acting));
  for (const h of ordered) {
    const viaAccount = h.user ? userRecipient(h.user, h.name, kind) : null;
    if (viaAccount) add(viaAccount);
    else if (!h.user) add({ userId: null, email: normalEmail(h.personEmail), name: h.name, locale: null, timeZone: null });
  }
  add({ userId: null, email: normalEmail(functionalEmail), name: null, locale: null, timeZone: null });
  return out;
}

/** A plain address as a recipient. */
export function addressRecipient(email: string, name: string | null, locale: Locale | null): Recipient | null {
  const normal = normalEmail(email);
  return normal ? { userId: null, email: normal, name, locale, timeZone: null } : null;
}

/** The row's key: the notice's key and the recipient, so resolving twice creates nothing twice. */
export function recipientKey(noticeKey: string, r: Pick<Recipient, "userId" | "email">): string {
  return r.userId ? `${noticeKey}|user:${r.userId}` : `${noticeKey}|email:${r.email ?? ""}`;
}

/** The first status of a recipient's row: an email to send, or in the app only. */
export function initialStatus(r: Pick<Recipient, "email">): "pending" | "in_app" {
  return r.email ? "pending" : "in_app";
}

/** The optional kinds a user wants by email, from their stored choices (no row: by email). */
export function emailKindsFrom(preferences: readonly { kind: string; email: boolean }[]): string[] {
  const off = new Set(preferences.filter((p) => !p.email).map((p) => p.kind));
  return OPTIONAL_EMAIL_KINDS.filter((k) => !off.has(k));
}
