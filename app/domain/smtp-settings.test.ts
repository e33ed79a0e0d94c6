import { describe, expect, it } from "vitest";
import { DEFAULT_MAIL_FROM, smtpSettingsFromEnv } from "./smtp-settings";

describe("SMTP settings from the environment", () => {
  it("none without SMTP_HOST: emails wait in the outbox", () => {
    expect(smtpSettingsFromEnv({})).toBeNull();
    expect(smtpSettingsFromEnv({ SMTP_HOST: "  " })).toBeNull();
  });

  it("STARTTLS on 587 by default, implicit TLS on 465, credentials and sender", () => {
    expect(smtpSettingsFromEnv({ SMTP_HOST: "mail.gov.example", SMTP_STARTTLS: "required" })).toEqual({
      host: "mail.gov.example",
      port: 587,
      secure: false,
      requireTLS: true,
      auth: null,
      from: DEFAULT_MAIL_FROM,
    });
    expect(
      smtpSettingsFromEnv({ SMTP_HOST: "mail", SMTP_SECURE: "true", SMTP_USER: "relais", SMTP_PASSWORD: "s3cret", MAIL_FROM: "Relais <no-reply@gov.example>" }),
    ).toEqual({ host: "mail", port: 465, secure: true, requireTLS: false, auth: { user: "relais", pass: "s3cret" }, from: "Relais <no-reply@gov.example>" });
  });

  it("refuses a port that is not one", () => {
    expect(() => smtpSettingsFromEnv({ SMTP_HOST: "mail", SMTP_PORT: "smtp" })).toThrow(/SMTP_PORT/);
  });
});
