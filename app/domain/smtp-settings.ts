// How the outbox reaches a mail server, from the environment. No SMTP_HOST: no mail server, and
// messages wait in the outbox page (the default, so a fresh machine works without one).

export type SmtpSettings = {
  host: string;
  port: number;
  /** TLS from the first byte (port 465). */
  secure: boolean;
  /** Refuse to send unless the server upgrades the connection with STARTTLS. */
  requireTLS: boolean;
  auth: { user: string; pass: string } | null;
  from: string;
};

export const DEFAULT_MAIL_FROM = "Relais <relais@localhost>";

function flag(value: string | undefined): boolean {
  return ["1", "true", "yes", "on", "required"].includes((value ?? "").trim().toLowerCase());
}

export function smtpSettingsFromEnv(env: Record<string, string | undefined>): SmtpSettings | null {
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const secure = flag(env.SMTP_SECURE);
  const port = Number(env.SMTP_PORT?.trim() || (secure ? 465 : 587));
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`SMTP_PORT is not a port number: ${env.SMTP_PORT}`);
  const user = env.SMTP_USER?.trim();
  return {
    host,
    port,
    secure,
    requireTLS: !secure && flag(env.SMTP_STARTTLS),
    auth: user ? { user, pass: env.SMTP_PASSWORD ?? "" } : null,
    from: env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM,
  };
}
