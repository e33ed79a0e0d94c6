// The rotation-risk page on the raw read path: each section from real rows, and workloads counted
// only over what the reader may see (a restricted action or obligation counts for its agency's staff).
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { loader as riskLoader } from "../../app/routes/rotation-risk";
import { createAgency, createUser, getRequest, sessionCookie, unique } from "../support/fixtures";
import { createPost, day } from "../support/work-fixtures";

const context = {};
type Page = Awaited<ReturnType<typeof riskLoader>>;
type Section = "leaving" | "uncovered" | "concentration" | "waiting" | "longActing";

/** Every row of one section, through its pages. */
async function rows<S extends Section>(cookie: string, section: S): Promise<Page[S]> {
  const first = await riskLoader({ request: getRequest(`/rotation-risk?section=${section}`, cookie), params: {}, context });
  const pages: Page[S][] = [first[section]];
  for (let p = 2; p <= Math.ceil(first.totals[section] / first.page.pageSize); p++) {
    pages.push((await riskLoader({ request: getRequest(`/rotation-risk?section=${section}&page=${p}`, cookie), params: {}, context }))[section]);
  }
  const out = pages.flat() as Page[S];
  expect(out).toHaveLength(first.totals[section]);
  return out;
}

describe("rotation risk, section by section", () => {
  it("counts a person's open actions and pending milestones only where the reader may see them", async () => {
    const busy = await createUser("focal_point");
    const insider = await createUser("secretary", { agencyId: busy.agencyId });
    const outsider = await createUser("secretary");
    const action = (confidentiality: string, status = "open") => ({ title: unique("Task"), ownerPositionId: busy.positionId, ownerAgencyId: busy.agencyId, status, confidentiality });
    await prisma.action.createMany({
      data: [
        ...Array.from({ length: 11 }, (_, i) => action("internal", i % 2 ? "open" : "in_progress")),
        ...Array.from({ length: 3 }, () => action("restricted")),
        action("internal", "done"),
        { ...action("internal"), archivedAt: new Date() },
      ],
    });
    const instrument = await prisma.instrument.create({ data: { code: unique("POA"), name: "Programme", kind: "programme" }, select: { id: true } });
    const obligation = await prisma.reportingObligation.create({
      data: { title: unique("Report"), recurrence: "annual", instrumentId: instrument.id, leadAgencyId: busy.agencyId, leadPositionId: busy.positionId, confidentiality: "restricted" },
      select: { id: true },
    });
    const deadline = await prisma.reportingDeadline.create({ data: { obligationId: obligation.id, cycle: "2027", dueDate: day(200) }, select: { id: true } });
    await prisma.milestone.createMany({ data: Array.from({ length: 6 }, (_, i) => ({ deadlineId: deadline.id, kind: "data_call", ownerPositionId: busy.positionId, dueDate: day(10 + i) })) });

    const seenInside = (await rows(await sessionCookie(insider.id), "concentration")).find((c) => c.personId === busy.personId);
    expect(seenInside).toMatchObject({ actions: 14, milestones: 6, over: ["actions", "milestones"], person: { id: busy.personId } });
    // From another agency: 11 actions and no milestone, under both thresholds.
    expect((await rows(await sessionCookie(outsider.id), "concentration")).map((c) => c.personId)).not.toContain(busy.personId);
  });

  it("lists responsibilities whose responsible posts are all vacant, and acting holders in place too long", async () => {
    const agency = await createAgency();
    const vacant = await createPost(agency.id);
    const responsibility = await prisma.responsibility.create({ data: { title: unique("Keep the register") }, select: { id: true } });
    await prisma.responsibilityAssignment.create({ data: { responsibilityId: responsibility.id, agencyId: agency.id, positionId: vacant.id, role: "R" } });
    const actingPost = await createPost(agency.id);
    const person = await prisma.person.create({ data: { givenName: "Acting", familyName: unique("Holder") }, select: { id: true } });
    const acting = await prisma.assignment.create({ data: { positionId: actingPost.id, personId: person.id, startDate: day(-120), acting: true }, select: { id: true } });
    // A recent acting holder is not listed.
    const recent = await prisma.assignment.create({ data: { positionId: (await createPost(agency.id)).id, personId: person.id, startDate: day(-10), acting: true }, select: { id: true } });

    const cookie = await sessionCookie((await createUser("admin")).id);
    expect((await rows(cookie, "uncovered")).find((u) => u.responsibilityId === responsibility.id)).toMatchObject({ reason: "all_vacant", posts: [{ id: vacant.id }] });
    const longActing = await rows(cookie, "longActing");
    expect(longActing.find((a) => a.id === acting.id)).toMatchObject({ person: { id: person.id }, post: { id: actingPost.id } });
    expect(longActing.find((a) => a.id === acting.id)?.actingDays).toBeGreaterThanOrEqual(119);
    expect(longActing.map((a) => a.id)).not.toContain(recent.id);
  });
});
