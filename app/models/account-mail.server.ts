// How a one-time link reaches its person: an email in their language, through the one outbox.
// With no SMTP configured the outbox keeps the message for its page, and the administrator who
// asked for the link also sees it once (accountLinkShownToAdmin), so a fresh machine works.
import type { Prisma } from "@prisma/client";
import type { TokenPurpose } from "~/domain/account-tokens";

export function accountLinkPath(token: string): string {
  return `/password/${token}`;
}

/** Whether mail leaves the machine; without it the administrator is shown the link once. */
export function accountLinkShownToAdmin(): boolean {
  return !process.env.SMTP_HOST?.trim();
}

export async function queueAccountLinkEmail(
  _tx: Prisma.TransactionClient,
  _link: { token: string; expiresAt: Date; purpose: TokenPurpose; user: { id: string; email: string; locale: string } },
): Promise<void> {
  // Wired to the notifications outbox once it lands (issue 9).
}
