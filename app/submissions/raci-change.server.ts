// The RACI forms of a matrix cell and of a responsibility's page share one action: add a role, or
// withdraw one. Authorised per agency (focal points change their own agency's roles only).
import type { Access } from "~/permissions.server";
import { assertCan, notFound } from "~/permissions.server";
import { addRole, checkNewRole, getRoleLine, withdrawRole } from "~/models/raci.server";
import type { RaciChange } from "~/schemas/responsibility";
import { redirectWithFlash } from "~/session.server";
import { refuse } from "./parse.server";
import { refusingBadReferences } from "./references.server";

/**
 * `change` is the form parsed once (with raciChangeSchema, or a page schema that includes it): the
 * agency the permission is checked for is the agency the role is written for.
 */
export async function handleRaciChange(
  request: Request,
  parsed: { data: RaciChange; values: Record<string, string> },
  { user, ctx }: Access,
  successTo: string,
) {
  if (parsed.data.intent === "removeRole") {
    const line = await getRoleLine(parsed.data.lineId);
    if (!line) throw notFound();
    assertCan(ctx, "update", "responsibility", { agencyId: line.agencyId, positionId: line.positionId });
    await withdrawRole(user.id, line.id);
    return redirectWithFlash(request, successTo, { kind: "success", key: "raci.withdrawn" });
  }
  assertCan(ctx, "update", "responsibility", { agencyId: parsed.data.agencyId });
  const errors = await checkNewRole(parsed.data);
  if (Object.keys(errors).length) return refuse(parsed.values, errors);
  const { intent: _intent, ...role } = parsed.data;
  const saved = await refusingBadReferences(parsed.values, () => addRole(user.id, role));
  if (!saved.ok) return saved.refusal;
  return redirectWithFlash(request, successTo, { kind: "success", key: "raci.added" });
}
