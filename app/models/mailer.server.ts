// Email through SMTP (nodemailer). The outbox hands one composed message at a time to a Mailer; a
// refusal carries the server's response code so the outbox can tell "try again" from "never".
import nodemailer from "nodemailer";
import { smtpSettingsFromEnv, type SmtpSettings } from "~/domain/smtp-settings";
import { isOneOf, LOCALES } from "~/domain/vocabulary";
import { translate } from "~/i18n/translate";
import type { NoticeAttachment } from "./notifications.server";

export type OutgoingRow = {
  id: string;
  email: string | null;
  recipientName: string | null;
  locale: string;
  subject: string;
  body: string;
  html: string | null;
  link: string | null;
  attachment: string | null;
  userId: string | null;
};

export type Mailer = {
  send(row: OutgoingRow): Promise<void>;
  close(): void;
};

/** The address links in emails point to (the app as its users reach it). */
export function publicUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.RELAIS_PUBLIC_URL?.trim() || `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, "");
}

function footer(row: OutgoingRow, base: string): string {
  const locales = row.locale.split(",").filter((l) => isOneOf(LOCALES, l));
  return locales
    .map((locale) => {
      const lines = [];
      if (row.link) lines.push(translate(locale, "notify.email.open", { url: `${base}${row.link}` }));
      lines.push(
        row.userId
          ? translate(locale, "notify.email.footerUser", { url: `${base}/profile/notifications` })
          : translate(locale, "notify.email.footerAddress"),
      );
      return lines.join("\n");
    })
    .join("\n\n");
}

function parseAttachment(value: string | null): NoticeAttachment | null {
  if (!value) return null;
  const parsed: unknown = JSON.parse(value);
  if (typeof parsed !== "object" || parsed === null) return null;
  const a = parsed as Record<string, unknown>;
  if (typeof a.filename !== "string" || typeof a.content !== "string" || typeof a.contentType !== "string") return null;
  return { filename: a.filename, content: a.content, contentType: a.contentType, method: typeof a.method === "string" ? a.method : undefined };
}

/** The message nodemailer sends for one outbox row. */
export function composeMail(row: OutgoingRow, from: string, base = publicUrl()) {
  const attachment = parseAttachment(row.attachment);
  const text = `${row.body}\n\n-- \n${footer(row, base)}`;
  return {
    from,
    to: row.recipientName ? { name: row.recipientName, address: row.email ?? "" } : (row.email ?? ""),
    subject: row.subject,
    text,
    html: row.html ? `${row.html}<hr><p>${escapeHtml(footer(row, base)).replace(/\n/g, "<br>")}</p>` : undefined,
    // A calendar message travels twice, as mail clients expect: as the text/calendar alternative with
    // its METHOD (what Outlook and Thunderbird turn into Accept/Decline) and as an .ics file.
    icalEvent: attachment?.method ? { method: attachment.method, content: attachment.content } : undefined,
    attachments: attachment
      ? [{ filename: attachment.filename, content: attachment.content, contentType: attachment.contentType }]
      : [],
    headers: { "X-Relais-Notification": row.id },
  };
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function smtpMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: settings.requireTLS,
    auth: settings.auth ?? undefined,
    // Bounded, so a claim never outlives its lease (CLAIM_LEASE_MS) while a server hangs.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send(row) {
      await transport.sendMail(composeMail(row, settings.from));
    },
    close() {
      transport.close();
    },
  };
}

/** The configured mail server, or null: then emails stay in the outbox. */
export function mailerFromEnv(env: Record<string, string | undefined> = process.env): Mailer | null {
  const settings = smtpSettingsFromEnv(env);
  return settings ? smtpMailer(settings) : null;
}

/** The SMTP response code of a refusal (550, 421…), if the server gave one. */
export function responseCodeOf(error: unknown): number | null {
  if (typeof error === "object" && error !== null && "responseCode" in error && typeof error.responseCode === "number") {
    return error.responseCode;
  }
  return null;
}
