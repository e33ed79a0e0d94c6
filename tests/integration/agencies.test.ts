import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as createAction } from "../../app/routes/agencies.new";
import { action as editAction, loader as editLoader } from "../../app/routes/agencies.$agencyId.edit";
import { action as detailAction } from "../../app/routes/agencies.$agencyId._index";
import { loader as listLoader } from "../../app/routes/agencies._index";
import { auditCount, createAgency, createUser, getRequest, postRequest, sessionCookie, thrown, unique } from "../support/fixtures";

const context = {};

function statusOf(value: unknown): number | undefined {
  if (value instanceof Response) return value.status;
  if (value && typeof value === "object" && "init" in value) {
    const init = value.init;
    if (init && typeof init === "object" && "status" in init && typeof init.status === "number") return init.status;
  }
  return undefined;
}

function payloadOf(value: unknown): { values: Record<string, string>; fieldErrors: Record<string, string[] | undefined> } {
  if (value && typeof value === "object" && "data" in value) {
    const data = value.data;
    if (data && typeof data === "object" && "values" in data && "fieldErrors" in data) {
      return { values: data.values as Record<string, string>, fieldErrors: data.fieldErrors as Record<string, string[]> };
    }
  }
  throw new Error("not a refused form");
}

describe("creating an agency", () => {
  it("creates the agency and its audit event, then redirects with a message", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const name = unique("Directorate of Strategic Trade Controls");
    const response = await createAction({
      request: postRequest("/agencies/new", { name, acronym: "DSTC", kind: "agency", email: "DSTC@Trade.example" }, cookie),
      params: {},
      context,
    });
    expect(statusOf(response)).toBe(302);
    const created = await prisma.agency.findFirstOrThrow({ where: { name }, select: { id: true, email: true, acronym: true } });
    expect(created.email).toBe("dstc@trade.example");
    expect(response instanceof Response && response.headers.get("Location")).toBe(`/agencies/${created.id}`);
    const events = await prisma.auditEvent.findMany({ where: { entity: "agency", entityId: created.id }, select: { action: true, actorId: true, after: true } });
    expect(events).toHaveLength(1);
    expect(events[0]?.action).toBe("create");
    expect(events[0]?.actorId).toBe(secretary.id);
    expect(JSON.parse(events[0]?.after ?? "{}")).toMatchObject({ name, acronym: "DSTC" });
  });

  it("refuses invalid input with field errors, keeps what was typed and writes nothing", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const before = await prisma.agency.count();
    const auditBefore = await auditCount("agency");
    const result = await createAction({
      request: postRequest("/agencies/new", { name: "  ", acronym: "XYZ", kind: "spaceship", email: "not-an-email", website: "ftp://x" }, cookie),
      params: {},
      context,
    });
    expect(statusOf(result)).toBe(400);
    const { values, fieldErrors } = payloadOf(result);
    expect(values).toMatchObject({ acronym: "XYZ", email: "not-an-email", kind: "spaceship" });
    expect(fieldErrors.name).toEqual(["error.required"]);
    expect(fieldErrors.kind).toEqual(["error.invalidChoice"]);
    expect(fieldErrors.email).toEqual(["error.email"]);
    expect(fieldErrors.website).toEqual(["error.url"]);
    expect(await prisma.agency.count()).toBe(before);
    expect(await auditCount("agency")).toBe(auditBefore);
  });

  it("refuses a parent that does not exist, writing nothing", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const before = await prisma.agency.count();
    const result = await createAction({
      request: postRequest("/agencies/new", { name: unique("Unit"), kind: "agency", parentId: "no-such-agency" }, cookie),
      params: {},
      context,
    });
    expect(statusOf(result)).toBe(400);
    expect(payloadOf(result).fieldErrors.parentId).toEqual(["error.parentMissing"]);
    expect(await prisma.agency.count()).toBe(before);
  });

  it("answers 403 to a viewer's POST and writes nothing", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const before = await prisma.agency.count();
    const auditBefore = await auditCount("agency");
    const error = await thrown(
      createAction({ request: postRequest("/agencies/new", { name: unique("Sneaky"), kind: "ministry" }, cookie), params: {}, context }),
    );
    expect(statusOf(error)).toBe(403);
    expect(await prisma.agency.count()).toBe(before);
    expect(await auditCount("agency")).toBe(auditBefore);
  });

  it("sends someone not signed in to the sign-in page", async () => {
    const error = await thrown(createAction({ request: postRequest("/agencies/new", { name: "x", kind: "ministry" }), params: {}, context }));
    expect(statusOf(error)).toBe(302);
    expect(error instanceof Response && error.headers.get("Location")).toBe("/login?redirectTo=%2Fagencies%2Fnew");
  });
});

describe("editing an agency", () => {
  it("lets a focal point edit their own agency, audited with the changed fields only", async () => {
    const focal = await createUser("focal_point");
    const cookie = await sessionCookie(focal.id);
    const agency = await prisma.agency.findUniqueOrThrow({ where: { id: focal.agencyId }, select: { name: true } });
    const response = await editAction({
      request: postRequest(`/agencies/${focal.agencyId}/edit`, { name: agency.name, kind: "customs", phone: "+000 123", version: "1" }, cookie),
      params: { agencyId: focal.agencyId },
      context,
    });
    expect(statusOf(response)).toBe(302);
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { entity: "agency", entityId: focal.agencyId, action: "update" },
      select: { before: true, after: true },
    });
    expect(JSON.parse(event.before ?? "{}")).toEqual({ kind: "ministry", phone: null, version: 1 });
    expect(JSON.parse(event.after ?? "{}")).toEqual({ kind: "customs", phone: "+000 123", version: 2 });
  });

  it("refuses a focal point editing another agency (403, nothing written), in the loader too", async () => {
    const focal = await createUser("focal_point");
    const other = await createAgency();
    const cookie = await sessionCookie(focal.id);
    const loaderError = await thrown(editLoader({ request: getRequest(`/agencies/${other.id}/edit`, cookie), params: { agencyId: other.id }, context }));
    expect(statusOf(loaderError)).toBe(403);
    const error = await thrown(
      editAction({
        request: postRequest(`/agencies/${other.id}/edit`, { name: "Renamed", kind: "police", version: "1" }, cookie),
        params: { agencyId: other.id },
        context,
      }),
    );
    expect(statusOf(error)).toBe(403);
    const after = await prisma.agency.findUniqueOrThrow({ where: { id: other.id }, select: { name: true } });
    expect(after.name).toBe(other.name);
    expect(await auditCount("agency", other.id)).toBe(0);
  });

  it("refuses making an agency a unit of its own unit", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const ministry = await createAgency();
    const unit = await createAgency({ parentId: ministry.id });
    const result = await editAction({
      request: postRequest(`/agencies/${ministry.id}/edit`, { name: ministry.name, kind: "ministry", parentId: unit.id, version: "1" }, cookie),
      params: { agencyId: ministry.id },
      context,
    });
    expect(statusOf(result)).toBe(400);
    expect(payloadOf(result).fieldErrors.parentId).toEqual(["error.parentLoop"]);
    const after = await prisma.agency.findUniqueOrThrow({ where: { id: ministry.id }, select: { parentId: true } });
    expect(after.parentId).toBeNull();
  });
});

describe("archiving an agency", () => {
  it("archives and restores (never deletes), each with an audit event; the list hides archived ones", async () => {
    const admin = await createUser("admin");
    const cookie = await sessionCookie(admin.id);
    const agency = await createAgency({ name: unique("Archivable") });
    const archive = await detailAction({ request: postRequest(`/agencies/${agency.id}`, { intent: "archive" }, cookie), params: { agencyId: agency.id }, context });
    expect(statusOf(archive)).toBe(302);
    const row = await prisma.agency.findUniqueOrThrow({ where: { id: agency.id }, select: { archivedAt: true } });
    expect(row.archivedAt).not.toBeNull();

    const list = await listLoader({ request: getRequest(`/agencies?q=${encodeURIComponent(agency.name)}`, cookie), params: {}, context });
    expect(list.rows.map((r) => r.id)).not.toContain(agency.id);
    const archivedList = await listLoader({ request: getRequest(`/agencies?archived=1&q=${encodeURIComponent(agency.name)}`, cookie), params: {}, context });
    expect(archivedList.rows.map((r) => r.id)).toContain(agency.id);

    await detailAction({ request: postRequest(`/agencies/${agency.id}`, { intent: "restore" }, cookie), params: { agencyId: agency.id }, context });
    const events = await prisma.auditEvent.findMany({ where: { entity: "agency", entityId: agency.id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(["archive", "restore"]);
  });

  it("does not let a secretary archive (403, nothing written)", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const agency = await createAgency();
    const error = await thrown(detailAction({ request: postRequest(`/agencies/${agency.id}`, { intent: "archive" }, cookie), params: { agencyId: agency.id }, context }));
    expect(statusOf(error)).toBe(403);
    const row = await prisma.agency.findUniqueOrThrow({ where: { id: agency.id }, select: { archivedAt: true } });
    expect(row.archivedAt).toBeNull();
  });
});

describe("agency list", () => {
  it("is paginated and filters by kind", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const marker = unique("Paged");
    for (let i = 0; i < 30; i++) await createAgency({ name: `${marker} ${String(i).padStart(2, "0")}`, kind: "police" });
    const first = await listLoader({ request: getRequest(`/agencies?q=${marker}&kind=police`, cookie), params: {}, context });
    expect(first.rows).toHaveLength(25);
    expect(first.page.total).toBe(30);
    const second = await listLoader({ request: getRequest(`/agencies?q=${marker}&kind=police&page=2`, cookie), params: {}, context });
    expect(second.rows.map((r) => r.name)).toEqual([25, 26, 27, 28, 29].map((i) => `${marker} ${i}`));
    const none = await listLoader({ request: getRequest(`/agencies?q=${marker}&kind=customs`, cookie), params: {}, context });
    expect(none.page.total).toBe(0);
    expect(first.canCreate).toBe(false);
  });
});
