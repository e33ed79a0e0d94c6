// How a one-time link reaches its person: an email in their language, through the one outbox
// (app/models/notifications.server.ts), enqueued in the transaction that issued the token. With no
// SMTP configured the outbox keeps the message for its page, and the administrator who asked for the
// link also sees it once (accountLinkShownToAdmin), so a fresh machine works.
import type { Prisma } from "@prisma/client";
import type { TokenPurpose } from "~/domain/account-tokens";
import { smtpSettingsFromEnv } from "~/domain/smtp-settings";
import { isOneOf, LOCALES } from "~/domain/vocabulary";
import { enqueueNotification } from "./notifications.server";

export function accountLinkPath(token: string): string {
  return `/password/${token}`;
}

/** Whether mail leaves the machine; without it the administrator is shown the link once. */
export function accountLinkShownToAdmin(): boolean {
  return smtpSettingsFromEnv(process.env) === null;
}

export async function queueAccountLinkEmail(
  tx: Prisma.TransactionClient,
  link: { token: string; expiresAt: Date; purpose: TokenPurpose; user: { id: string; email: string; locale: string } },
): Promise<void> {
  const invitation = link.purpose === "invitation";
  const values = { email: link.user.email, expires: { date: link.expiresAt.toISOString(), withTime: true } };
  await enqueueNotification(tx, {
    kind: "account",
    // A plain address, not the user: the message goes by email whatever the account's choices, and
    // never into the in-app list (a reset link has nothing to do there).
    to: { email: link.user.email, locale: isOneOf(LOCALES, link.user.locale) ? link.user.locale : null },
    // One notice per token: the token's hash would do too, but the key must not reveal the token.
    key: `account-link:${link.user.id}:${link.expiresAt.toISOString()}:${link.purpose}`,
    subject: { key: invitation ? "account.mail.invitation.subject" : "account.mail.reset.subject" },
    body: { key: invitation ? "account.mail.invitation.body" : "account.mail.reset.body", values },
    link: accountLinkPath(link.token),
  });
}
