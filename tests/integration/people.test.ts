import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as editAction, loader as editLoader } from "../../app/routes/people.$personId.edit";
import { loader as personLoader } from "../../app/routes/people.$personId._index";
import { loader as listLoader } from "../../app/routes/people._index";
import { action as createAction } from "../../app/routes/people.new";
import { fieldErrorsOf, locationOf, statusOf, valuesOf } from "../support/form-results";
import { auditCount, createUser, getRequest, postRequest, sessionCookie, thrown, unique } from "../support/fixtures";

const context = {};

describe("creating a person", () => {
  it("creates the person with an audit event and redirects to their page", async () => {
    const focal = await createUser("focal_point");
    const cookie = await sessionCookie(focal.id);
    const familyName = unique("Mensah");
    const response = await createAction({
      request: postRequest("/people/new", { givenName: "Ruth", familyName, email: "Ruth.Mensah@Customs.example", honorific: "Insp." }, cookie),
      params: {},
      context,
    });
    expect(statusOf(response)).toBe(302);
    const person = await prisma.person.findFirstOrThrow({ where: { familyName }, select: { id: true, email: true } });
    expect(person.email).toBe("ruth.mensah@customs.example");
    expect(locationOf(response)).toBe(`/people/${person.id}`);
    expect(await auditCount("person", person.id)).toBe(1);
  });

  it("refuses a missing name with field errors and keeps what was typed (400, nothing written)", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const before = await prisma.person.count();
    const result = await createAction({ request: postRequest("/people/new", { givenName: "Ruth", familyName: " ", email: "nope" }, cookie), params: {}, context });
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result)).toMatchObject({ familyName: ["error.required"], email: ["error.email"] });
    expect(valuesOf(result)).toMatchObject({ givenName: "Ruth", email: "nope" });
    expect(await prisma.person.count()).toBe(before);
  });

  it("answers 403 to a viewer and writes nothing", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const before = await prisma.person.count();
    const error = await thrown(createAction({ request: postRequest("/people/new", { givenName: "A", familyName: "B" }, cookie), params: {}, context }));
    expect(statusOf(error)).toBe(403);
    expect(await prisma.person.count()).toBe(before);
  });
});

describe("editing a person", () => {
  it("lets a focal point edit someone holding a post in their agency, audited", async () => {
    const focal = await createUser("focal_point");
    const colleague = await createUser("viewer", { agencyId: focal.agencyId });
    const cookie = await sessionCookie(focal.id);
    const response = await editAction({
      request: postRequest(`/people/${colleague.personId}/edit`, { givenName: "Test", familyName: "Renamed", phone: "+000 1", version: "1" }, cookie),
      params: { personId: colleague.personId },
      context,
    });
    expect(statusOf(response)).toBe(302);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entity: "person", entityId: colleague.personId, action: "update" }, select: { after: true } });
    expect(JSON.parse(event.after ?? "{}")).toMatchObject({ familyName: "Renamed", phone: "+000 1" });
  });

  it("refuses invalid input with 400 and writes nothing", async () => {
    const secretary = await createUser("secretary");
    const other = await createUser("viewer");
    const cookie = await sessionCookie(secretary.id);
    const result = await editAction({
      request: postRequest(`/people/${other.personId}/edit`, { givenName: "", familyName: "X", version: "1" }, cookie),
      params: { personId: other.personId },
      context,
    });
    expect(statusOf(result)).toBe(400);
    expect(fieldErrorsOf(result).givenName).toEqual(["error.required"]);
    expect(await auditCount("person", other.personId)).toBe(0);
  });

  it("refuses a focal point editing someone of another agency (403), in the loader too", async () => {
    const focal = await createUser("focal_point");
    const stranger = await createUser("viewer");
    const cookie = await sessionCookie(focal.id);
    expect(statusOf(await thrown(editLoader({ request: getRequest(`/people/${stranger.personId}/edit`, cookie), params: { personId: stranger.personId }, context })))).toBe(403);
    const error = await thrown(
      editAction({ request: postRequest(`/people/${stranger.personId}/edit`, { givenName: "X", familyName: "Y", version: "1" }, cookie), params: { personId: stranger.personId }, context }),
    );
    expect(statusOf(error)).toBe(403);
    expect(await auditCount("person", stranger.personId)).toBe(0);
  });
});

describe("the directory", () => {
  it("lists people with their current posts, paginated and searchable", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const marker = unique("Dir");
    for (let i = 0; i < 27; i++) await prisma.person.create({ data: { givenName: `P${i}`, familyName: `${marker} ${String(i).padStart(2, "0")}` } });
    const first = await listLoader({ request: getRequest(`/people?q=${marker}`, cookie), params: {}, context });
    expect(first.rows).toHaveLength(25);
    expect(first.page.total).toBe(27);
    const me = await prisma.person.findUniqueOrThrow({ where: { id: viewer.personId }, select: { familyName: true } });
    const found = await listLoader({ request: getRequest(`/people?q=${encodeURIComponent(me.familyName)}`, cookie), params: {}, context });
    expect(found.rows).toHaveLength(1);
    expect(found.rows[0]?.assignments.map((a) => a.position.id)).toEqual([viewer.positionId]);
    const page = await personLoader({ request: getRequest(`/people/${viewer.personId}`, cookie), params: { personId: viewer.personId }, context });
    expect(page.person.assignments).toHaveLength(1);
    expect(page.canEdit).toBe(false);
  });
});
