// Handover clearance (decision 033), everywhere a handover shows: its facts (post, people, status,
// submission and acknowledgement) are directory information, so the secretary who follows rotation
// sees every acknowledgement; its content (notes, dossier) is classified, and a reader without
// clearance finds it on no page, list, print view, edit form, search, audit log or history.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { recordHistory } from "../../app/models/record-history.server";
import { loadAccess } from "../../app/permissions.server";
import { loader as auditLoader } from "../../app/routes/admin.audit._index";
import { action as ackAction, loader as handoverLoader } from "../../app/routes/handovers.$handoverId._index";
import { action as editAction, loader as editLoader } from "../../app/routes/handovers.$handoverId.edit";
import { loader as printLoader } from "../../app/routes/handovers.$handoverId.print";
import { loader as listLoader } from "../../app/routes/handovers._index";
import { action as assignAction } from "../../app/routes/positions.$positionId.assign";
import { action as postAction, loader as postLoader } from "../../app/routes/positions.$positionId._index";
import { loader as riskLoader } from "../../app/routes/rotation-risk";
import { loader as searchLoader } from "../../app/routes/search";
import { statusOf } from "../support/form-results";
import { createUser, getRequest, postRequest, sessionCookie, thrown, unique } from "../support/fixtures";

const context = {};
const DAY = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);

/** Everything a loader answered, as the browser would receive it. */
const json = (value: unknown) => JSON.stringify(value);

async function ctxOf(userId: string) {
  const access = await loadAccess(userId);
  if (!access) throw new Error("fixture");
  return access.ctx;
}

/**
 * A post of agency A whose holder leaves and hands over to a newcomer; the notes carry a word found
 * nowhere else. `outsider` is a secretary of another agency (read:audit, follows rotation) who is not
 * named on it; `colleague` a viewer of agency A.
 */
async function scene() {
  const outgoing = await createUser("focal_point");
  const colleague = await createUser("viewer", { agencyId: outgoing.agencyId });
  const outsider = await createUser("secretary");
  const secretary = await createUser("secretary");
  const marker = unique("Zanzibarite").replace(/[^A-Za-z0-9]/g, "");
  const assignment = await prisma.assignment.findFirstOrThrow({ where: { positionId: outgoing.positionId, personId: outgoing.personId }, select: { id: true } });
  const ended = await postAction({
    request: postRequest(`/positions/${outgoing.positionId}`, { intent: "end", assignmentId: assignment.id, endDate: today() }, await sessionCookie(secretary.id)),
    params: { positionId: outgoing.positionId },
    context,
  });
  expect(statusOf(ended)).toBe(302);
  const handover = await prisma.handover.findFirstOrThrow({ where: { positionId: outgoing.positionId }, select: { id: true } });

  const newcomer = await createUser("focal_point");
  const assigned = await assignAction({
    request: postRequest(`/positions/${outgoing.positionId}/assign`, { personId: newcomer.personId, startDate: today() }, await sessionCookie(secretary.id)),
    params: { positionId: outgoing.positionId },
    context,
  });
  expect(statusOf(assigned)).toBe(302);

  const outCookie = await sessionCookie(outgoing.id);
  const form = await editLoader({ request: getRequest(`/handovers/${handover.id}/edit`, outCookie), params: { handoverId: handover.id }, context });
  const submitted = await editAction({
    request: postRequest(`/handovers/${handover.id}/edit`, { ...form.initial, version: String(form.version), intent: "submit", risks: `The ${marker} file is sensitive.` }, outCookie),
    params: { handoverId: handover.id },
    context,
  });
  expect(statusOf(submitted)).toBe(302);
  return { outgoing, colleague, outsider, newcomer, marker, handoverId: handover.id, positionId: outgoing.positionId };
}

type Scene = Awaited<ReturnType<typeof scene>>;

/** Every row of one rotation-risk section, through its pages. */
async function riskSection(cookie: string, section: string) {
  const first = await riskLoader({ request: getRequest(`/rotation-risk?section=${section}`, cookie), params: {}, context });
  const pages = [first];
  for (let p = 2; p <= Math.ceil(first.totals.waiting / first.page.pageSize); p++) {
    pages.push(await riskLoader({ request: getRequest(`/rotation-risk?section=${section}&page=${p}`, cookie), params: {}, context }));
  }
  return pages;
}

async function expectContentHidden(s: Scene, cookie: string) {
  const params = { handoverId: s.handoverId };
  for (const path of [`/handovers/${s.handoverId}`, `/handovers/${s.handoverId}?v=1`, `/handovers/${s.handoverId}?draft=1`]) {
    expect(statusOf(await thrown(handoverLoader({ request: getRequest(path, cookie), params, context })))).toBe(404);
  }
  expect(statusOf(await thrown(printLoader({ request: getRequest(`/handovers/${s.handoverId}/print?v=1`, cookie), params, context })))).toBe(404);
  expect(statusOf(await thrown(editLoader({ request: getRequest(`/handovers/${s.handoverId}/edit`, cookie), params, context })))).toBe(404);
  expect(statusOf(await thrown(ackAction({ request: postRequest(`/handovers/${s.handoverId}`, { intent: "acknowledge", version: "1" }, cookie), params, context })))).toBe(404);

  const found = await searchLoader({ request: getRequest(`/search?q=${s.marker}`, cookie), params: {}, context });
  const result = "result" in found ? found.result : undefined;
  expect(result?.total).toBe(0);
  expect(json(result)).not.toContain(s.marker);
}

describe("handover clearance: facts open, content classified", () => {
  it("shows a secretary of another agency the facts and the acknowledgement, never the notes or the dossier", async () => {
    const s = await scene();
    const cookie = await sessionCookie(s.outsider.id);

    // Rotation risk: submitted 20 days ago and not acknowledged, so waiting; listed without a link to the notes.
    await prisma.handover.update({ where: { id: s.handoverId }, data: { submittedAt: new Date(Date.now() - 20 * DAY) } });
    const risk = await riskSection(cookie, "waiting");
    const waiting = risk.flatMap((p) => p.waiting).find((w) => w.id === s.handoverId);
    expect(waiting).toMatchObject({ readable: false, post: { id: s.positionId } });
    expect(json(risk)).not.toContain(s.marker);

    // The newcomer acknowledges; the secretary's follow-up list shows it, dated and by whom.
    const ack = await ackAction({ request: postRequest(`/handovers/${s.handoverId}`, { intent: "acknowledge", version: "1" }, await sessionCookie(s.newcomer.id)), params: { handoverId: s.handoverId }, context });
    expect(statusOf(ack)).toBe(302);
    const list = await listLoader({ request: getRequest("/handovers?tab=all", cookie), params: {}, context });
    const row = list.rows.find((r) => r.id === s.handoverId);
    expect(row).toMatchObject({ status: "acknowledged", readable: false, outgoingPersonId: s.outgoing.personId, incomingPersonId: s.newcomer.personId });
    expect(row?.acknowledgedAt).toBeInstanceOf(Date);
    expect(row?.acknowledgedBy?.email).toBe(s.newcomer.email);
    expect(json(list)).not.toContain(s.marker);

    // The post page: the facts of its latest handover, not openable; what changed is dated from the submission.
    const post = await postLoader({ request: getRequest(`/positions/${s.positionId}`, cookie), params: { positionId: s.positionId }, context });
    expect(post.handover).toMatchObject({ id: s.handoverId, readable: false, status: "acknowledged" });
    expect(post.changes?.handoverId).toBe(s.handoverId);
    expect(json(post)).not.toContain(s.marker);

    await expectContentHidden(s, cookie);

    // History and audit log: the events are there (who, when, which action), their fields are not.
    expect(await recordHistory(await ctxOf(s.outsider.id), "handover", s.handoverId)).toBeNull();
    const audit = await auditLoader({ request: getRequest(`/admin/audit?entity=handover&record=${s.handoverId}`, cookie), params: {}, context });
    const entries = "page" in audit ? (audit.page?.entries ?? []) : [];
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(["create", "update", "submit", "acknowledge"]));
    expect(entries.every((e) => !e.visible)).toBe(true);
    expect(json(audit)).not.toContain(s.marker);
    const versions = await auditLoader({ request: getRequest("/admin/audit?entity=handoverVersion", cookie), params: {}, context });
    expect(json(versions)).not.toContain(s.marker);

    // No notice about it was ever addressed to them.
    expect(await prisma.notice.count({ where: { userId: s.outsider.id, idempotencyKey: { startsWith: `handover:${s.handoverId}` } } })).toBe(0);
  });

  it("opens the content to the post's agency, to the people named on it, and to nobody else once confidential", async () => {
    const s = await scene();
    for (const reader of [s.colleague, s.newcomer, s.outgoing]) {
      const cookie = await sessionCookie(reader.id);
      const page = await handoverLoader({ request: getRequest(`/handovers/${s.handoverId}`, cookie), params: { handoverId: s.handoverId }, context });
      expect(page.notes.risks).toContain(s.marker);
      const list = await listLoader({ request: getRequest(reader === s.outgoing ? "/handovers?tab=write" : "/handovers?tab=read", cookie), params: {}, context });
      if (reader !== s.colleague) expect(list.rows.find((r) => r.id === s.handoverId)?.readable).toBe(true);
    }
    const found = await searchLoader({ request: getRequest(`/search?q=${s.marker}`, await sessionCookie(s.colleague.id)), params: {}, context });
    expect("result" in found ? found.result?.total : 0).toBe(1);

    // Confidential: the agency's other staff lose the content, keep the facts; the named people keep both.
    const outCookie = await sessionCookie(s.outgoing.id);
    const form = await editLoader({ request: getRequest(`/handovers/${s.handoverId}/edit`, outCookie), params: { handoverId: s.handoverId }, context });
    const saved = await editAction({ request: postRequest(`/handovers/${s.handoverId}/edit`, { ...form.initial, version: String(form.version), confidentiality: "confidential" }, outCookie), params: { handoverId: s.handoverId }, context });
    expect(statusOf(saved)).toBe(302);
    const colleague = await sessionCookie(s.colleague.id);
    await expectContentHidden(s, colleague);
    const post = await postLoader({ request: getRequest(`/positions/${s.positionId}`, colleague), params: { positionId: s.positionId }, context });
    expect(post.handover).toMatchObject({ id: s.handoverId, readable: false });
    const named = await handoverLoader({ request: getRequest(`/handovers/${s.handoverId}`, await sessionCookie(s.newcomer.id)), params: { handoverId: s.handoverId }, context });
    expect(named.notes.risks).toContain(s.marker);
  });
});
