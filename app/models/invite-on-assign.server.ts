// "Assign a person who has no account" offers to create the account and send the invitation in the
// same step (issue 10). Checked before the assignment is written, so a refused invitation writes
// nothing; the account is then created in its own transaction, with its invitation in the outbox.
import { data } from "@remix-run/node";
import { prisma } from "~/db.server";
import { can } from "~/domain/access";
import { grantableRoles } from "~/domain/account-rules";
import type { Locale, RoleName } from "~/domain/vocabulary";
import type { FieldErrors } from "~/submissions/form-result";
import { getAccess } from "~/permissions.server";
import { inviteOnAssignSchema } from "~/schemas/account";
import { redirectWithFlash } from "~/session.server";
import { accountLinkPath, accountLinkShownToAdmin, queueAccountLinkEmail } from "./account-mail.server";
import { positionOwner } from "./position.server";
import { createAccount } from "./user.server";
import { personName } from "~/domain/labels";

/** The roles the reader may give an account for this post's agency; none: no offer. */
export async function inviteOffer(request: Request, position: { agencyId: string; id: string }) {
  const access = await getAccess(request);
  if (!access || !can(access.ctx, "create", "user", { agencyId: position.agencyId, positionId: position.id })) return { inviteRoles: [] as RoleName[] };
  return { inviteRoles: [...grantableRoles(access.ctx)] };
}

type Planned = { personId: string; email: string; name: string; locale: Locale; role: RoleName };
type Prepared = { ok: true; account: Planned | null } | { ok: false; fieldErrors: FieldErrors; formErrors: string[] };

export async function prepareInvitation(request: Request, positionId: string, personId: string, formData: FormData): Promise<Prepared> {
  const parsed = inviteOnAssignSchema.safeParse(Object.fromEntries([...formData].filter(([k]) => k.startsWith("invite")).map(([k, v]) => [k, String(v)])));
  if (!parsed.success) return { ok: false, fieldErrors: { inviteEmail: ["error.email"] }, formErrors: [] };
  if (!parsed.data.invite) return { ok: true, account: null };
  const position = await positionOwner(positionId);
  const { inviteRoles } = position ? await inviteOffer(request, position) : { inviteRoles: [] };
  if (!inviteRoles.includes(parsed.data.inviteRole)) return { ok: false, fieldErrors: {}, formErrors: ["account.error.roleBeyondReach"] };
  const person = await prisma.person.findUnique({
    where: { id: personId },
    select: { id: true, givenName: true, familyName: true, email: true, user: { select: { id: true } } },
  });
  if (!person) return { ok: true, account: null };
  if (person.user) return { ok: false, fieldErrors: {}, formErrors: ["account.assign.hasAccount"] };
  const email = parsed.data.inviteEmail ?? person.email?.toLowerCase() ?? null;
  if (!email) return { ok: false, fieldErrors: { inviteEmail: ["account.assign.noEmail"] }, formErrors: [] };
  return {
    ok: true,
    account: { personId, email, name: personName(person), locale: parsed.data.inviteLocale, role: parsed.data.inviteRole },
  };
}

export async function inviteAssigned(request: Request, actorId: string, positionId: string, account: Planned) {
  const created = await createAccount(actorId, { email: account.email, locale: account.locale, personId: account.personId, roles: [account.role] }, queueAccountLinkEmail);
  const post = `/positions/${positionId}`;
  if (!created.ok) return redirectWithFlash(request, post, { kind: "error", key: "account.assign.accountFailed" });
  if (!accountLinkShownToAdmin()) return redirectWithFlash(request, post, { kind: "success", key: "account.assign.done" });
  const url = new URL(accountLinkPath(created.link.token), request.url).toString();
  return data({ ok: true as const, assigned: { name: account.name, email: account.email }, link: { url, expiresAt: created.link.expiresAt } });
}
