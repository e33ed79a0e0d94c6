// Accounts: what an administrator (or a secretary for their agency's people) submits on the users
// pages, and what a person submits to set, reset or change their password. Shared by the browser
// forms and the server actions.
import { z } from "zod";
import { passwordProblems, PASSWORD_MAX_LENGTH } from "~/domain/password-rules";
import { isTimeZone } from "~/domain/time-zones";
import { LOCALES, ROLE_NAMES, type RoleName } from "~/domain/vocabulary";
import { checkbox, choice, optionalEmail, optionalId } from "./fields";
import { recordVersionField } from "./record-version";

export function requiredEmail() {
  return z
    .string({ error: "error.required" })
    .trim()
    .min(1, "error.required")
    .max(320, "error.tooLong")
    .pipe(z.email("error.email"))
    .transform((v) => v.toLowerCase());
}

/** One checkbox per role (distinct names, so a native form sends each at most once). */
const roleFields = {
  roleAdmin: checkbox(),
  roleSecretary: checkbox(),
  roleFocalPoint: checkbox(),
  roleViewer: checkbox(),
};

export const ROLE_FIELD: Record<RoleName, keyof typeof roleFields> = {
  admin: "roleAdmin",
  secretary: "roleSecretary",
  focal_point: "roleFocalPoint",
  viewer: "roleViewer",
};

export function rolesOf(value: Record<keyof typeof roleFields, boolean>): RoleName[] {
  return ROLE_NAMES.filter((role) => value[ROLE_FIELD[role]]);
}

function atLeastOneRole(value: Record<keyof typeof roleFields, boolean>, ctx: z.RefinementCtx) {
  if (!rolesOf(value).length) ctx.addIssue({ code: "custom", path: ["roles"], message: "account.error.noRole" });
}

export const createAccountSchema = z
  .object({
    email: requiredEmail(),
    locale: choice(LOCALES),
    personId: optionalId(),
    ...roleFields,
  })
  .superRefine(atLeastOneRole);

export type CreateAccountInput = z.input<typeof createAccountSchema>;
export type CreateAccountData = z.output<typeof createAccountSchema>;

/**
 * The forms of an account's page. The browser forms validate these; the route parses
 * `accountPageSchema`, whose roles and link forms also carry the hidden record version they were
 * drawn from (app/models/record-version.server.ts): a form from an older version is a conflict, and
 * a request without it is refused (it would otherwise overwrite unchecked).
 */
const rolesShape = { intent: z.literal("roles"), ...roleFields };
const linkShape = { intent: z.literal("link"), personId: optionalId() };
const versionShape = { version: recordVersionField };
export const accountRolesSchema = z.object(rolesShape).superRefine(atLeastOneRole);
export const accountLinkSchema = z.object(linkShape);

export const accountPageSchema = z.discriminatedUnion("intent", [
  z.object({ ...rolesShape, ...versionShape }).superRefine(atLeastOneRole),
  z.object({ ...linkShape, ...versionShape }),
  z.object({ intent: z.literal("disable") }),
  z.object({ intent: z.literal("enable") }),
  z.object({ intent: z.literal("invite") }),
]);

export type AccountRolesInput = z.input<typeof accountRolesSchema>;
export type AccountLinkInput = z.input<typeof accountLinkSchema>;

/** A new password twice, checked against the rules and the account's own address. */
function newPasswordFields(email: string | null) {
  return {
    fields: {
      password: z.string({ error: "error.required" }).min(1, "error.required").max(PASSWORD_MAX_LENGTH * 4, "error.tooLong"),
      confirm: z.string({ error: "error.required" }).min(1, "error.required").max(PASSWORD_MAX_LENGTH * 4, "error.tooLong"),
    },
    refine(value: { password: string; confirm: string }, ctx: z.RefinementCtx) {
      for (const problem of passwordProblems(value.password, email)) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
      if (value.confirm && value.password !== value.confirm) {
        ctx.addIssue({ code: "custom", path: ["confirm"], message: "password.error.mismatch" });
      }
    },
  };
}

/** Setting a password from an invitation or reset link; the email is the account's, known from the token. */
export function setPasswordSchema(email: string | null) {
  const { fields, refine } = newPasswordFields(email);
  return z.object(fields).superRefine(refine);
}

export type SetPasswordInput = z.input<ReturnType<typeof setPasswordSchema>>;

export const forgotPasswordSchema = z.object({ email: requiredEmail() });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

const preferencesShape = {
  intent: z.literal("preferences"),
  locale: choice(LOCALES),
  timeZone: z
    .string({ error: "error.required" })
    .trim()
    .min(1, "error.required")
    .max(64, "error.tooLong")
    .refine(isTimeZone, "profile.error.timeZone"),
};

/** The profile's language and time zone (the browser form; the route adds the record version). */
export const preferencesSchema = z.object(preferencesShape);

export type PreferencesInput = z.input<typeof preferencesSchema>;

export function changePasswordSchema(email: string) {
  const { fields, refine } = newPasswordFields(email);
  return z
    .object({
      intent: z.literal("password"),
      current: z.string({ error: "error.required" }).min(1, "error.required").max(PASSWORD_MAX_LENGTH * 4, "error.tooLong"),
      ...fields,
    })
    .superRefine(refine);
}

export type ChangePasswordInput = z.input<ReturnType<typeof changePasswordSchema>>;

/**
 * What /profile's action parses: the preferences with the account's record version (a second tab's
 * older form is a conflict, not a silent revert), or a password change (checked by the current
 * password instead).
 */
export function profileSchema(email: string) {
  return z.discriminatedUnion("intent", [z.object({ ...preferencesShape, ...versionShape }), changePasswordSchema(email)]);
}

/**
 * The optional part of "assign a person to a post": create the person's account and send the
 * invitation in the same step. The email defaults to the person's directory address.
 */
export const inviteOnAssignSchema = z
  .object({
    invite: checkbox(),
    inviteEmail: optionalEmail(),
    inviteLocale: choice(LOCALES).optional(),
    inviteRole: choice(ROLE_NAMES).optional(),
  })
  .transform((v) => ({ ...v, inviteLocale: v.inviteLocale ?? "en", inviteRole: v.inviteRole ?? "focal_point" }));
