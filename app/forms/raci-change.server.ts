// The RACI forms of a matrix cell and of a responsibility's page share one action: add a role, or
// withdraw one. Authorised per agency (focal points change their own agency's roles only).
import type { Access } from "~/permissions.server";
import { assertCan, notFound } from "~/permissions.server";
import { addRole, checkNewRole, getRoleLine, withdrawRole } from "~/models/raci.server";
import { raciChangeSchema } from "~/schemas/responsibility";
import { redirectWithFlash } from "~/session.server";
import { parseWith, refuse, refused } from "./parse.server";

export async function handleRaciChange(request: Request, formData: FormData, { user, ctx }: Access, successTo: string) {
  if (formData.get("intent") === "removeRole") {
    const line = await getRoleLine(String(formData.get("lineId") ?? ""));
    if (!line) throw notFound();
    assertCan(ctx, "update", "responsibility", { agencyId: line.agencyId, positionId: line.positionId });
    await withdrawRole(user.id, line.id);
    return redirectWithFlash(request, successTo, { kind: "success", key: "raci.withdrawn" });
  }
  // Refused before reading the input further: a forbidden write is a 403 whatever was typed.
  assertCan(ctx, "update", "responsibility", { agencyId: String(formData.get("agencyId") ?? "") });
  const parsed = parseWith(raciChangeSchema, formData);
  if (!parsed.ok) return refused(parsed);
  if (parsed.data.intent !== "addRole") throw new Response("Unknown intent", { status: 400 });
  const errors = await checkNewRole(parsed.data);
  if (Object.keys(errors).length) return refuse(parsed.values, errors);
  const { intent: _intent, ...role } = parsed.data;
  await addRole(user.id, role);
  return redirectWithFlash(request, successTo, { kind: "success", key: "raci.added" });
}
