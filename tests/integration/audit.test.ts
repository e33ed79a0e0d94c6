// Every write and its audit event commit together: one write of each kind, and proof that a failed
// audit write takes the business write down with it.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { createAgency as createAgencyModel, setAgencyArchived, updateAgency } from "../../app/models/agency.server";
import { action as languageAction } from "../../app/routes/language";
import { action as logoutAction } from "../../app/routes/logout";
import { createAgency, createUser, postRequest, sessionCookie, unique } from "../support/fixtures";

const base = { acronym: null, parentId: null, mandate: null, address: null, email: null, phone: null, website: null };

describe("audit events are written with their write", () => {
  it("create, update, archive and restore each leave one event with the actor", async () => {
    const admin = await createUser("admin");
    const name = unique("Audited agency");
    const created = await createAgencyModel(admin.id, { ...base, name, kind: "police" });
    await updateAgency(admin.id, created.id, { ...base, name, kind: "police", phone: "112", version: 1 });
    await setAgencyArchived(admin.id, created.id, true);
    await setAgencyArchived(admin.id, created.id, false);
    const events = await prisma.auditEvent.findMany({
      where: { entity: "agency", entityId: created.id },
      orderBy: { at: "asc" },
      select: { action: true, actorId: true },
    });
    expect(events.map((e) => e.action)).toEqual(["create", "update", "archive", "restore"]);
    expect(new Set(events.map((e) => e.actorId))).toEqual(new Set([admin.id]));
  });

  it("rolls the write back when its audit event cannot be written", async () => {
    const name = unique("Never created");
    // The actor does not exist, so the audit row breaks its foreign key inside the transaction.
    await expect(createAgencyModel("no-such-user", { ...base, name, kind: "ministry" })).rejects.toThrow();
    expect(await prisma.agency.count({ where: { name } })).toBe(0);

    const agency = await createAgency();
    await expect(updateAgency("no-such-user", agency.id, { ...base, name: "Changed", kind: "ministry", version: 1 })).rejects.toThrow();
    const row = await prisma.agency.findUniqueOrThrow({ where: { id: agency.id }, select: { name: true } });
    expect(row.name).toBe(agency.name);
  });

  it("a language change on the profile is audited", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const response = await languageAction({ request: postRequest("/language", { locale: "fr", redirectTo: "/agencies" }, cookie), params: {}, context: {} });
    expect(response.headers.get("Location")).toBe("/agencies");
    expect(response.headers.get("Set-Cookie")).toContain("relais_lang=");
    const user = await prisma.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { locale: true } });
    expect(user.locale).toBe("fr");
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "user", entityId: viewer.id }, select: { action: true, after: true } });
    expect(event.action).toBe("update");
    expect(JSON.parse(event.after ?? "{}")).toEqual({ locale: "fr" });
  });

  it("signing out ends the session row (kept, not deleted) and is audited", async () => {
    const focal = await createUser("focal_point");
    const cookie = await sessionCookie(focal.id);
    const session = await prisma.session.findFirstOrThrow({ where: { userId: focal.id }, select: { id: true } });
    const response = await logoutAction({ request: postRequest("/logout", {}, cookie), params: {}, context: {} });
    expect(response.headers.get("Location")).toBe("/login");
    const row = await prisma.session.findUniqueOrThrow({ where: { id: session.id }, select: { expiresAt: true } });
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await prisma.auditEvent.count({ where: { entity: "session", entityId: session.id, action: "sign_out" } })).toBe(1);
  });
});
