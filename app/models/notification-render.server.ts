// Renders a notice for one recipient: in their language (both, for a mailbox nobody knows the
// language of), with dates for their zone, and without content they may not see.
import { canSee, OPEN_LEVELS } from "~/domain/access";
import type { Recipient } from "~/domain/notifications";
import { LOCALES, type Locale } from "~/domain/vocabulary";
import { formatDate, formatDateTime } from "~/i18n/format";
import { translate, type Values } from "~/i18n/translate";
import { loadAccess } from "~/permissions.server";
import type { NoticeContent, NoticeMessage } from "./notifications.server";

export type Rendered = {
  /** "en", "fr" or "en,fr". */
  locale: string;
  subject: string;
  body: string;
  html: string | null;
  link: string | null;
  attachment: string | null;
};

type HtmlRenderer = (locale: Locale, params: Record<string, string>) => Promise<string | null>;
const htmlRenderers = new Map<string, HtmlRenderer>();

/** A rich body (the circulated journal) rendered per language at resolution time. */
export function registerHtmlRenderer(name: string, render: HtmlRenderer): void {
  htmlRenderers.set(name, render);
}

function messageText(locale: Locale, message: NoticeMessage, timeZone: string | null): string {
  const values: Values = {};
  for (const [name, value] of Object.entries(message.values ?? {})) {
    if (typeof value === "object") {
      const zone = value.timeZone ?? timeZone ?? "UTC";
      values[name] = value.withTime ? formatDateTime(value.date, locale, zone) : formatDate(value.date, locale, zone);
    } else values[name] = value;
  }
  return translate(locale, message.key, values);
}

/** Whether this recipient may read the record the notice is about. */
async function mayRead(recipient: Recipient, about: NoticeContent["about"], now: Date): Promise<boolean> {
  if (!about || (OPEN_LEVELS as readonly string[]).includes(about.record.confidentiality)) return true;
  if (!recipient.userId) return false;
  const access = await loadAccess(recipient.userId, now);
  return access !== null && canSee(access.ctx, about.entity, about.record);
}

export async function renderNotice(kind: string, content: NoticeContent, recipient: Recipient, now: Date): Promise<Rendered> {
  const locales: readonly Locale[] = recipient.locale ? [recipient.locale] : LOCALES;
  const readable = await mayRead(recipient, content.about, now);
  const parts = [];
  for (const locale of locales) {
    if (!readable) {
      const kindLabel = translate(locale, kindKey(kind));
      parts.push({
        subject: translate(locale, "notify.redacted.subject", { kind: kindLabel }),
        body: translate(locale, "notify.redacted.body", { kind: kindLabel }),
        html: null,
      });
      continue;
    }
    const renderer = content.html ? htmlRenderers.get(content.html.renderer) : undefined;
    parts.push({
      subject: messageText(locale, content.subject, recipient.timeZone),
      body: messageText(locale, content.body, recipient.timeZone),
      html: renderer && content.html ? await renderer(locale, content.html.params) : null,
    });
  }
  const htmls = parts.map((p) => p.html).filter((h): h is string => h !== null);
  return {
    locale: locales.join(","),
    subject: parts.map((p) => p.subject).join(" / "),
    body: parts.map((p) => p.body).join("\n\n———\n\n"),
    html: htmls.length ? htmls.join("<hr>") : null,
    link: content.link ?? null,
    attachment: readable && content.attachment ? JSON.stringify(content.attachment) : null,
  };
}

export function kindKey(kind: string) {
  switch (kind) {
    case "milestone_reminder":
      return "notify.kind.milestone_reminder" as const;
    case "action_overdue":
      return "notify.kind.action_overdue" as const;
    case "action_assigned":
      return "notify.kind.action_assigned" as const;
    case "meeting_invitation":
      return "notify.kind.meeting_invitation" as const;
    case "journal_circulation":
      return "notify.kind.journal_circulation" as const;
    default:
      return "notify.kind.account" as const;
  }
}
