// The references of agencies, posts, committees, memberships, RACI roles and reporting obligations are checked when
// the form is read and again inside the write's transaction (decision 029): a record archived between
// the two refuses the save (ReferenceRefused, which the route turns into the form with the field error)
// and nothing is written; a parent chosen meanwhile that would close a loop is refused the same way.
// Each form's data comes from its own schema, as the action parses it. Real rows in the worker's copy.
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { checkAgencyParent, createAgency as saveAgency, updateAgency } from "../../app/models/agency.server";
import { checkCommittee, createCommittee, updateCommittee } from "../../app/models/committee.server";
import { addMembership, checkMembership } from "../../app/models/membership.server";
import { createPosition } from "../../app/models/position.server";
import { addRole, checkNewRole } from "../../app/models/raci.server";
import { checkObligation, createObligation, updateObligation } from "../../app/models/reporting.server";
import { agencySchema } from "../../app/schemas/agency";
import { committeeSchema } from "../../app/schemas/committee";
import { obligationSchema } from "../../app/schemas/reporting";
import { parseNestedWith } from "../../app/submissions/nested-rows.server";
import { parseWith } from "../../app/submissions/parse.server";
import { buildResponsibility } from "../../prisma/seed/builders";
import { ReferenceRefused } from "../../app/submissions/references.server";
import { auditCount, createAgency, createUser, thrown, unique } from "../support/fixtures";
import { createInstrument, obligationFields } from "../support/reporting-fixtures";
import { createPost } from "../support/work-fixtures";

/** The form's fields parsed by its schema, as the action does (a fixture that does not parse fails). */
function parsedForm<S extends z.ZodType>(schema: S, fields: Record<string, string>, lists: string[] = []): z.output<S> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const parsed = lists.length ? parseNestedWith(schema, form, lists) : parseWith(schema, form);
  if (!parsed.ok) throw new Error(`fixture: form refused ${JSON.stringify(parsed.fieldErrors)}`);
  return parsed.data;
}

const archive = { archivedAt: new Date() };

function committeeForm(over: Record<string, string>) {
  return parsedForm(committeeSchema, { name: unique("Committee"), shortName: "", kind: "standing", mandate: "", chairAgencyId: "", secretariatAgencyId: "", parentId: "", defaultTimeZone: "Europe/Vienna", confidentiality: "internal", ...over });
}

async function refusal(promise: Promise<unknown>) {
  const error = await thrown(promise);
  expect(error).toBeInstanceOf(ReferenceRefused);
  return (error as ReferenceRefused).fieldErrors;
}

describe("references checked again inside the write's transaction", () => {
  it("refuses an agency whose parent was archived after the check, and a parent that closes a loop meanwhile", async () => {
    const admin = await createUser("admin");
    const parent = await createAgency();
    const data = parsedForm(agencySchema, { name: unique("Unit"), kind: "agency", parentId: parent.id });
    expect(await checkAgencyParent(null, data.parentId)).toBeNull();
    await prisma.agency.update({ where: { id: parent.id }, data: archive, select: { id: true } });
    expect(await refusal(saveAgency(admin.id, data))).toEqual({ parentId: ["error.parentMissing"] });
    expect(await prisma.agency.count({ where: { name: data.name } })).toBe(0);

    // A under B was checked; meanwhile B was put under A: the save would close a loop.
    const a = await createAgency();
    const b = await createAgency();
    const moveA = { ...parsedForm(agencySchema, { name: a.name, kind: "ministry", parentId: b.id }), version: 1 };
    expect(await checkAgencyParent(a.id, b.id)).toBeNull();
    await prisma.agency.update({ where: { id: b.id }, data: { parentId: a.id }, select: { id: true } });
    expect(await refusal(updateAgency(admin.id, a.id, moveA))).toEqual({ parentId: ["error.parentLoop"] });
    expect(await prisma.agency.findUniqueOrThrow({ where: { id: a.id }, select: { parentId: true, version: true } })).toEqual({ parentId: null, version: 1 });
  });

  it("refuses a post in an agency archived after the check", async () => {
    const admin = await createUser("admin");
    const agency = await createAgency();
    await prisma.agency.update({ where: { id: agency.id }, data: archive, select: { id: true } });
    const title = unique("Post");
    expect(await refusal(createPosition(admin.id, { agencyId: agency.id, title, description: null, functionalEmail: null }))).toEqual({ agencyId: ["position.error.agencyMissing"] });
    expect(await prisma.position.count({ where: { title } })).toBe(0);
  });

  it("refuses a committee whose chairing agency was archived after the check, and keeps an edit's archived chair", async () => {
    const secretary = await createUser("secretary");
    const chair = await createAgency();
    const data = committeeForm({ chairAgencyId: chair.id, secretariatAgencyId: secretary.agencyId });
    expect(await checkCommittee(null, data)).toEqual({});
    const created = await createCommittee(secretary.id, data);

    // The chair archived since: an edit that keeps it goes through, a new committee naming it does not.
    await prisma.agency.update({ where: { id: chair.id }, data: archive, select: { id: true } });
    expect(await checkCommittee(created.id, data)).toEqual({});
    const renamed = { ...data, name: unique("Renamed"), version: 1 };
    expect((await updateCommittee(secretary.id, created.id, renamed)).name).toBe(renamed.name);
    const another = committeeForm({ chairAgencyId: chair.id });
    expect(await refusal(createCommittee(secretary.id, another))).toEqual({ chairAgencyId: ["committee.error.agencyMissing"] });
    expect(await prisma.committee.count({ where: { name: another.name } })).toBe(0);

    // A parent checked, then put under this committee meanwhile: the loop is refused in the write.
    const parent = await createCommittee(secretary.id, committeeForm({}));
    const moved = { ...renamed, parentId: parent.id, version: 2 };
    expect(await checkCommittee(created.id, moved)).toEqual({});
    await prisma.committee.update({ where: { id: parent.id }, data: { parentId: created.id }, select: { id: true } });
    expect(await refusal(updateCommittee(secretary.id, created.id, moved))).toEqual({ parentId: ["committee.error.loop"] });
    expect(await prisma.committee.findUniqueOrThrow({ where: { id: created.id }, select: { parentId: true, version: true } })).toEqual({ parentId: null, version: 2 });
  });

  it("refuses a membership whose designated post was archived after the check", async () => {
    const secretary = await createUser("secretary");
    const committee = await createCommittee(secretary.id, committeeForm({ secretariatAgencyId: secretary.agencyId }));
    const member = await createAgency();
    const post = await createPost(member.id);
    expect(await checkMembership(member.id, post.id)).toEqual({});
    await prisma.position.update({ where: { id: post.id }, data: archive, select: { id: true } });
    const data = { agencyId: member.id, positionId: post.id, role: "member", startDate: new Date(Date.UTC(2026, 0, 1)), endDate: null };
    expect(await refusal(addMembership(secretary.id, committee.id, data))).toEqual({ positionId: ["committee.error.postNotInAgency"] });
    expect(await prisma.committeeMembership.count({ where: { committeeId: committee.id, agencyId: member.id } })).toBe(0);
  });

  it("refuses an obligation whose lead post or contributing agency was archived after the check, and keeps an edit's archived lead", async () => {
    const secretary = await createUser("secretary");
    const actor = { userId: secretary.id, personId: secretary.personId };
    const instrument = await createInstrument();
    const contributor = await createAgency();
    const data = parsedForm(obligationSchema, obligationFields({ instrumentId: instrument.id, leadPositionId: secretary.positionId, "contributors.0.agencyId": contributor.id }), ["contributors"]);
    const checked = await checkObligation(data);
    expect(checked.errors).toEqual({});
    await prisma.agency.update({ where: { id: contributor.id }, data: archive, select: { id: true } });
    expect(await refusal(createObligation(actor, data, checked.derived))).toEqual({ "contributors.0.agencyId": ["error.reporting.agencyMissing"] });
    expect(await prisma.reportingObligation.count({ where: { title: data.title } })).toBe(0);

    // Saved without the contributor; then its lead post is archived. An edit keeping it goes through…
    const alone = { ...data, contributors: [] };
    const created = await createObligation(actor, alone, (await checkObligation(alone)).derived);
    const lead = await createPost(secretary.agencyId);
    const leadChecked = await checkObligation({ ...alone, leadPositionId: lead.id });
    await prisma.position.update({ where: { id: secretary.positionId }, data: archive, select: { id: true } });
    const retitled = { ...alone, title: unique("Retitled"), version: 1 };
    expect((await updateObligation(actor, created.id, retitled, { leadAgencyId: secretary.agencyId, contributors: [] })).title).toBe(retitled.title);

    // …while a new lead post archived after the check is refused, the obligation unchanged.
    await prisma.position.update({ where: { id: lead.id }, data: archive, select: { id: true } });
    const events = await auditCount("reportingObligation", created.id);
    const moved = { ...retitled, leadPositionId: lead.id, version: 2 };
    expect(await refusal(updateObligation(actor, created.id, moved, leadChecked.derived))).toEqual({ leadPositionId: ["error.reporting.postMissing"] });
    expect(await prisma.reportingObligation.findUniqueOrThrow({ where: { id: created.id }, select: { leadPositionId: true, version: true } })).toEqual({ leadPositionId: secretary.positionId, version: 2 });
    expect(await auditCount("reportingObligation", created.id)).toBe(events);
  });

  it("refuses a RACI role whose post was archived after the check, and the same role added twice at once", async () => {
    const focal = await createUser("focal_point");
    const { id: responsibilityId } = await buildResponsibility(prisma, { title: unique("Responsibility") });
    const post = await createPost(focal.agencyId);
    const role = { responsibilityId, agencyId: focal.agencyId, positionId: post.id, role: "R" as const, note: null };
    expect(await checkNewRole(role)).toEqual({});
    await prisma.position.update({ where: { id: post.id }, data: archive, select: { id: true } });
    expect(await refusal(addRole(focal.id, role))).toEqual({ positionId: ["raci.error.postNotInAgency"] });

    // Two secretaries checked the same new line; the first save wins, the second is refused.
    const agencyRole = { ...role, positionId: null };
    expect(await checkNewRole(agencyRole)).toEqual({});
    await addRole(focal.id, agencyRole);
    expect(await refusal(addRole(focal.id, agencyRole))).toEqual({ role: ["raci.error.duplicate"] });
    expect(await prisma.responsibilityAssignment.count({ where: { responsibilityId } })).toBe(1);
  });
});
