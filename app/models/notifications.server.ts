// The one outbox of the application (docs/decisions/015). Every feature that must tell someone
// something calls `enqueueNotification` INSIDE its own write transaction, so the notice exists if and
// only if the write committed:
//
//   await prisma.$transaction(async (tx) => {
//     const action = await tx.action.create(…);
//     await recordAudit(tx, …);
//     await enqueueNotification(tx, {
//       kind: "action_assigned",
//       to: { positionId: action.ownerPositionId },           // or { userId } or { email, name?, locale? }
//       key: `action-assigned:${action.id}:${action.ownerPositionId}`,
//       subject: { key: "notify.actionAssigned.subject", values: { title: action.title } },
//       body: { key: "notify.actionAssigned.body", values: { title: action.title, due: { date: iso } } },
//       link: `/actions/${action.id}`,
//       about: { entity: "action", record: classified(action) },   // clearance checked per reader
//     });
//   });
//
// - `to.positionId`: resolved when the outbox runs, not now: the post's current holder and acting
//   holder (their account: in the app, and by email if their choices allow; else their directory
//   email) and its functional mailbox. So a notice follows the post across rotation.
// - `subject`/`body` are catalogue keys with values, rendered in each recipient's language (a mailbox
//   of unknown language gets both). Date values ({ date: ISO, timeZone?, withTime? }) are formatted
//   for the reader's locale, in the given zone (a venue's) or the reader's own.
// - `key` is the idempotency key: a second enqueue with the same key does nothing. Make it name the
//   occasion ("milestone:ID:7-days-before"), not the moment of the call.
// - `about`: the record the message concerns. If it is not public/internal, a recipient who may not
//   see it (canSee, app/domain/access.ts), and any plain address, gets a content-free note instead.
// - Producers: features with reminders register a function the outbox runs on every tick
//   (`registerNotificationProducer`, wired in app/models/notification-producers.server.ts). A producer
//   finds what is due and enqueues it with keys that make repeated ticks harmless.
import type { Prisma } from "@prisma/client";
import type { Classified, ConfidentialEntity } from "~/domain/access";
import type { NotificationKind } from "~/domain/notifications";
import type { Locale } from "~/domain/vocabulary";
import type { MessageKey } from "~/i18n/en";

type Tx = Prisma.TransactionClient;

/** A value of a message: text, a number, or an instant formatted for the reader. */
export type MessageValue = string | number | { date: string; timeZone?: string; withTime?: boolean };
export type NoticeMessage = { key: MessageKey; values?: Record<string, MessageValue> };

export type NoticeAttachment = {
  filename: string;
  contentType: string;
  /** iCalendar METHOD (REQUEST, CANCEL), also sent as the text/calendar alternative. */
  method?: string;
  content: string;
};

export type NoticeAddress =
  | { positionId: string }
  | { userId: string }
  | { email: string; name?: string | null; locale?: Locale | null };

export type NoticeInput = {
  kind: NotificationKind;
  to: NoticeAddress;
  key: string;
  subject: NoticeMessage;
  body: NoticeMessage;
  /** An app path ("/actions/123"): a link in the app, and a full URL in the email. */
  link?: string;
  about?: { entity: ConfidentialEntity; record: Classified };
  attachment?: NoticeAttachment;
  /** A rich body rendered per language when the notice is resolved (the circulated journal). */
  html?: { renderer: string; params: Record<string, string> };
  /** Do not resolve or send before this instant (default: now). */
  notBefore?: Date;
};

/** What is stored in Notice.content. */
export type NoticeContent = Pick<NoticeInput, "subject" | "body" | "link" | "about" | "attachment" | "html">;

/**
 * Enqueues one notice inside the caller's transaction. Returns false when a notice with this key
 * already exists (nothing is written).
 */
export async function enqueueNotification(tx: Tx, input: NoticeInput): Promise<boolean> {
  const existing = await tx.notice.findUnique({ where: { idempotencyKey: input.key }, select: { id: true } });
  if (existing) return false;
  const content: NoticeContent = {
    subject: input.subject,
    body: input.body,
    link: input.link,
    about: input.about,
    attachment: input.attachment,
    html: input.html,
  };
  const to = input.to;
  await tx.notice.create({
    data: {
      kind: input.kind,
      idempotencyKey: input.key,
      positionId: "positionId" in to ? to.positionId : null,
      userId: "userId" in to ? to.userId : null,
      email: "email" in to ? to.email : null,
      recipientName: "email" in to ? (to.name ?? null) : null,
      locale: "email" in to ? (to.locale ?? null) : null,
      content: JSON.stringify(content),
      notBefore: input.notBefore ?? new Date(),
    },
    select: { id: true },
  });
  return true;
}

// ─── Producers: reminders computed on every tick of the outbox ──────────────

export type NotificationProducer = (now: Date) => Promise<number>;

type Registered = { produce: NotificationProducer; intervalMs: number; lastRun: number };
const producers = new Map<string, Registered>();

/**
 * Registers a function the outbox calls on its ticks (in every server process and in
 * `npm run notify`): it enqueues what is due by `now` and returns how many notices it enqueued.
 * It must be idempotent: use keys naming the occasion, so a second run enqueues nothing new.
 * `intervalMs` spaces the runs of an expensive producer within one process (default: every tick).
 */
export function registerNotificationProducer(name: string, produce: NotificationProducer, options: { intervalMs?: number } = {}): void {
  producers.set(name, { produce, intervalMs: options.intervalMs ?? 0, lastRun: Number.NEGATIVE_INFINITY });
}

/** The producers due at `now` (each is then considered run). */
export function dueProducers(now: Date): [string, NotificationProducer][] {
  const due: [string, NotificationProducer][] = [];
  for (const [name, p] of producers) {
    if (now.getTime() - p.lastRun < p.intervalMs) continue;
    p.lastRun = now.getTime();
    due.push([name, p.produce]);
  }
  return due;
}
