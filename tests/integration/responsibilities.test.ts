import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { action as detailAction, loader as detailLoader } from "../../app/routes/responsibilities.$responsibilityId._index";
import { action as editAction } from "../../app/routes/responsibilities.$responsibilityId.edit";
import { loader as gapsLoader } from "../../app/routes/responsibilities.gaps";
import { action as matrixAction, loader as matrixLoader } from "../../app/routes/responsibilities.matrix";
import { loader as csvLoader } from "../../app/routes/responsibilities.matrix[.]csv";
import { loader as mineLoader } from "../../app/routes/responsibilities.mine";
import { action as createAction } from "../../app/routes/responsibilities.new";
import { fieldErrorsOf, locationOf, statusOf } from "../support/form-results";
import { auditCount, createAgency, createUser, getRequest, postRequest, sessionCookie, thrown, unique } from "../support/fixtures";

const context = {};

async function instrumentWithArticle() {
  const code = unique("ATT");
  const instrument = await prisma.instrument.create({
    data: { code, name: "Arms Trade Treaty", kind: "treaty", provisions: { create: [{ reference: "Art. 8", title: "Import" }] } },
    select: { id: true, provisions: { select: { id: true } } },
  });
  const other = await prisma.instrument.create({
    data: { code: unique("PoA"), name: "Programme of Action", kind: "political_commitment", provisions: { create: [{ reference: "II.4", title: "Coordination" }] } },
    select: { id: true, provisions: { select: { id: true } } },
  });
  return { instrumentId: instrument.id, provisionId: instrument.provisions[0]!.id, otherProvisionId: other.provisions[0]!.id };
}

async function responsibility(title = unique("Regulate imports")) {
  return prisma.responsibility.create({ data: { title }, select: { id: true, title: true } });
}

describe("the catalogue", () => {
  it("lets a secretary create a responsibility tied to an instrument and article, audited", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const refs = await instrumentWithArticle();
    const title = unique("Regulate imports");
    const response = await createAction({ request: postRequest("/responsibilities/new", { title, instrumentId: refs.instrumentId, provisionId: refs.provisionId }, cookie), params: {}, context });
    expect(statusOf(response)).toBe(302);
    const created = await prisma.responsibility.findFirstOrThrow({ where: { title }, select: { id: true, provisionId: true } });
    expect(created.provisionId).toBe(refs.provisionId);
    expect(locationOf(response)).toBe(`/responsibilities/${created.id}`);
    expect(await auditCount("responsibility", created.id)).toBe(1);
  });

  it("refuses an article without its instrument, or of another instrument (400, nothing written)", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const refs = await instrumentWithArticle();
    const before = await prisma.responsibility.count();
    const noInstrument = await createAction({ request: postRequest("/responsibilities/new", { title: "X", provisionId: refs.provisionId }, cookie), params: {}, context });
    expect(statusOf(noInstrument)).toBe(400);
    expect(fieldErrorsOf(noInstrument).instrumentId).toEqual(["responsibility.error.provisionNeedsInstrument"]);
    const mismatch = await createAction({
      request: postRequest("/responsibilities/new", { title: "X", instrumentId: refs.instrumentId, provisionId: refs.otherProvisionId }, cookie),
      params: {},
      context,
    });
    expect(fieldErrorsOf(mismatch).provisionId).toEqual(["responsibility.error.provisionMismatch"]);
    const empty = await createAction({ request: postRequest("/responsibilities/new", { title: "" }, cookie), params: {}, context });
    expect(fieldErrorsOf(empty).title).toEqual(["error.required"]);
    expect(await prisma.responsibility.count()).toBe(before);
  });

  it("keeps the catalogue itself to secretaries: a focal point gets 403 creating or editing", async () => {
    const focal = await createUser("focal_point");
    const cookie = await sessionCookie(focal.id);
    const r = await responsibility();
    expect(statusOf(await thrown(createAction({ request: postRequest("/responsibilities/new", { title: "Mine" }, cookie), params: {}, context })))).toBe(403);
    expect(
      statusOf(await thrown(editAction({ request: postRequest(`/responsibilities/${r.id}/edit`, { title: "Renamed" }, cookie), params: { responsibilityId: r.id }, context }))),
    ).toBe(403);
    expect((await prisma.responsibility.findUniqueOrThrow({ where: { id: r.id }, select: { title: true } })).title).toBe(r.title);
  });
});

describe("setting RACI roles in the matrix", () => {
  it("adds a role from a matrix cell, audited, and the 'no accountable' gap disappears", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const agency = await createAgency();
    const r = await responsibility();
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: r.id, agencyId: agency.id, role: "R" } });
    const url = `/responsibilities/matrix?agency=${agency.id}&cell=${r.id}&cellAgency=${agency.id}`;

    const before = await matrixLoader({ request: getRequest(url, cookie), params: {}, context });
    expect(before.rows.find((row) => row.id === r.id)?.gaps.map((g) => g.kind)).toEqual(["no_accountable"]);
    expect(before.cell?.agency.id).toBe(agency.id);
    expect(before.columns[0]?.id).toBe(agency.id);

    const response = await matrixAction({
      request: postRequest(url, { intent: "addRole", responsibilityId: r.id, agencyId: agency.id, role: "A", positionId: "" }, cookie),
      params: {},
      context,
    });
    expect(statusOf(response)).toBe(302);
    expect(locationOf(response)).toBe(`/responsibilities/matrix?agency=${agency.id}`);
    const line = await prisma.responsibilityAssignment.findFirstOrThrow({ where: { responsibilityId: r.id, role: "A" }, select: { id: true } });
    expect(await auditCount("responsibility_assignment", line.id)).toBe(1);

    const after = await matrixLoader({ request: getRequest(`/responsibilities/matrix?agency=${agency.id}`, cookie), params: {}, context });
    const row = after.rows.find((x) => x.id === r.id);
    expect(row?.gaps).toEqual([]);
    expect(after.cells[`${r.id}:${agency.id}`]?.map((c) => c.role).sort()).toEqual(["A", "R"]);
  });

  it("refuses an unknown letter, a post of another agency and a duplicate (400, nothing written)", async () => {
    const secretary = await createUser("secretary");
    const cookie = await sessionCookie(secretary.id);
    const agency = await createAgency();
    const r = await responsibility();
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: r.id, agencyId: agency.id, role: "C" } });
    const post = (fields: Record<string, string>) =>
      matrixAction({ request: postRequest("/responsibilities/matrix", { intent: "addRole", responsibilityId: r.id, agencyId: agency.id, ...fields }, cookie), params: {}, context });
    const letter = await post({ role: "X" });
    expect(statusOf(letter)).toBe(400);
    expect(fieldErrorsOf(letter).role).toEqual(["error.invalidChoice"]);
    expect(fieldErrorsOf(await post({ role: "R", positionId: secretary.positionId })).positionId).toEqual(["raci.error.postNotInAgency"]);
    expect(fieldErrorsOf(await post({ role: "C" })).role).toEqual(["raci.error.duplicate"]);
    expect(await prisma.responsibilityAssignment.count({ where: { responsibilityId: r.id } })).toBe(1);
  });

  it("lets a focal point set roles for their own agency only (403 for another, nothing written)", async () => {
    const focal = await createUser("focal_point");
    const other = await createAgency();
    const cookie = await sessionCookie(focal.id);
    const r = await responsibility();
    const own = await matrixAction({
      request: postRequest("/responsibilities/matrix", { intent: "addRole", responsibilityId: r.id, agencyId: focal.agencyId, role: "R", positionId: focal.positionId }, cookie),
      params: {},
      context,
    });
    expect(statusOf(own)).toBe(302);
    const error = await thrown(
      matrixAction({ request: postRequest("/responsibilities/matrix", { intent: "addRole", responsibilityId: r.id, agencyId: other.id, role: "A" }, cookie), params: {}, context }),
    );
    expect(statusOf(error)).toBe(403);
    expect(await prisma.responsibilityAssignment.count({ where: { responsibilityId: r.id, agencyId: other.id } })).toBe(0);
    const view = await matrixLoader({ request: getRequest("/responsibilities/matrix", cookie), params: {}, context });
    expect(view.editable).toEqual([focal.agencyId]);
  });

  it("withdraws a role by archiving it (never deleting), audited; a viewer gets 403", async () => {
    const secretary = await createUser("secretary");
    const viewer = await createUser("viewer");
    const agency = await createAgency();
    const r = await responsibility();
    const line = await prisma.responsibilityAssignment.create({ data: { responsibilityId: r.id, agencyId: agency.id, role: "I" }, select: { id: true } });
    const forbidden = await thrown(
      detailAction({ request: postRequest(`/responsibilities/${r.id}`, { intent: "removeRole", lineId: line.id }, await sessionCookie(viewer.id)), params: { responsibilityId: r.id }, context }),
    );
    expect(statusOf(forbidden)).toBe(403);
    expect((await prisma.responsibilityAssignment.findUniqueOrThrow({ where: { id: line.id }, select: { archivedAt: true } })).archivedAt).toBeNull();

    const response = await detailAction({
      request: postRequest(`/responsibilities/${r.id}`, { intent: "removeRole", lineId: line.id }, await sessionCookie(secretary.id)),
      params: { responsibilityId: r.id },
      context,
    });
    expect(statusOf(response)).toBe(302);
    const row = await prisma.responsibilityAssignment.findUniqueOrThrow({ where: { id: line.id }, select: { archivedAt: true } });
    expect(row.archivedAt).not.toBeNull();
    const events = await prisma.auditEvent.findMany({ where: { entity: "responsibility_assignment", entityId: line.id }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(["archive"]);
    const page = await detailLoader({ request: getRequest(`/responsibilities/${r.id}`, await sessionCookie(secretary.id)), params: { responsibilityId: r.id }, context });
    expect(page.responsibility.assignments).toEqual([]);
  });
});

describe("gaps, my responsibilities and the export", () => {
  it("lists a vacant responsible post and a holder leaving with no successor", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const agency = await createAgency();
    const vacant = await prisma.position.create({ data: { agencyId: agency.id, title: unique("Vacant post") }, select: { id: true } });
    const leaving = await prisma.position.create({ data: { agencyId: agency.id, title: unique("Leaving post") }, select: { id: true } });
    const person = await prisma.person.create({ data: { givenName: "Florence", familyName: unique("Nkemelu") }, select: { id: true } });
    await prisma.assignment.create({ data: { positionId: leaving.id, personId: person.id, startDate: new Date("2021-04-01"), plannedEndDate: new Date(Date.now() + 45 * 86_400_000) } });
    const r = await responsibility(unique("Annual report"));
    await prisma.responsibilityAssignment.createMany({
      data: [
        { responsibilityId: r.id, agencyId: agency.id, positionId: vacant.id, role: "R" },
        { responsibilityId: r.id, agencyId: agency.id, positionId: leaving.id, role: "R" },
        { responsibilityId: r.id, agencyId: agency.id, role: "A" },
      ],
    });
    const result = await gapsLoader({ request: getRequest(`/responsibilities/gaps?agency=${agency.id}`, cookie), params: {}, context });
    expect(result.items.map((i) => i.gap.kind).sort()).toEqual(["leaving_without_successor", "vacant_post"]);
    const leavingGap = result.items.find((i) => i.gap.kind === "leaving_without_successor")?.gap;
    expect(leavingGap).toMatchObject({ positionId: leaving.id, personName: expect.stringContaining("Florence") });
    const onlyVacant = await gapsLoader({ request: getRequest(`/responsibilities/gaps?agency=${agency.id}&kind=vacant_post`, cookie), params: {}, context });
    expect(onlyVacant.items).toHaveLength(1);
  });

  it("shows a focal point the responsibilities of their post and agency, with the other agencies involved", async () => {
    const focal = await createUser("focal_point");
    const cookie = await sessionCookie(focal.id);
    const other = await createAgency();
    const viaPost = await responsibility(unique("Via post"));
    const viaAgency = await responsibility(unique("Via agency"));
    await responsibility(unique("Not mine"));
    await prisma.responsibilityAssignment.createMany({
      data: [
        { responsibilityId: viaPost.id, agencyId: focal.agencyId, positionId: focal.positionId, role: "R" },
        { responsibilityId: viaPost.id, agencyId: other.id, role: "A" },
        { responsibilityId: viaAgency.id, agencyId: focal.agencyId, role: "C" },
      ],
    });
    const mine = await mineLoader({ request: getRequest("/responsibilities/mine", cookie), params: {}, context });
    expect(mine.rows.map((r) => r.id).sort()).toEqual([viaPost.id, viaAgency.id].sort());
    const row = mine.rows.find((r) => r.id === viaPost.id);
    expect(row?.mine).toMatchObject([{ role: "R", viaPost: true }]);
    expect(row?.others).toMatchObject([{ role: "A", agency: { id: other.id } }]);
  });

  it("exports the filtered matrix as CSV with one column per agency", async () => {
    const viewer = await createUser("viewer");
    const cookie = await sessionCookie(viewer.id);
    const agency = await prisma.agency.create({ data: { name: unique("Customs"), acronym: "LCA", kind: "customs" }, select: { id: true, name: true } });
    const r = await responsibility(unique("Enforce, at the border"));
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: r.id, agencyId: agency.id, role: "A" } });
    const response = await csvLoader({ request: getRequest(`/responsibilities/matrix.csv?agency=${agency.id}`, cookie), params: {}, context });
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe(`Responsibility,Instrument,Article,Phase,LCA (${agency.name})`);
    expect(lines[1]).toBe(`"${r.title}",,,,A`);
  });

  it("names the export's columns and phases in the reader's language and keeps a typed formula as text", async () => {
    const viewer = await createUser("viewer");
    await prisma.user.update({ where: { id: viewer.id }, data: { locale: "fr" }, select: { id: true } });
    const cookie = await sessionCookie(viewer.id);
    const agency = await prisma.agency.create({ data: { name: unique("Douanes"), acronym: "DLA", kind: "customs" }, select: { id: true, name: true } });
    const code = unique("PH");
    const phase = await prisma.implementationPhase.create({
      data: { number: 1000 + Math.floor(Math.random() * 1_000_000), code, nameEn: `Licensing ${code}`, nameFr: `Autorisation ${code}` },
      select: { id: true, number: true, nameFr: true },
    });
    const r = await prisma.responsibility.create({ data: { title: `=${unique("HYPERLINK")}`, phaseId: phase.id }, select: { id: true, title: true } });
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: r.id, agencyId: agency.id, role: "R" } });
    const response = await csvLoader({ request: getRequest(`/responsibilities/matrix.csv?agency=${agency.id}`, cookie), params: {}, context });
    const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe(`Responsabilité,Instrument,Article,Phase,DLA (${agency.name})`);
    expect(lines[1]).toBe(`'${r.title},,,${phase.number}. ${phase.nameFr},R`);
  });
});
