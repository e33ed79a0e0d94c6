// Reporting obligations: what the State owes a treaty secretariat, who leads it (a post, so it
// survives rotation), who contributes, and the rule that sets its due dates. Every write re-plans
// the future cycles in the same transaction (reporting-cycles.server.ts) with its audit events.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import type { OBLIGATION_STATUS_FILTERS } from "~/domain/vocabulary";
import { todayIn } from "~/domain/overdue";
import type { FieldErrors } from "~/submissions/form-result";
import { keptOut, requireReferences, type References } from "~/submissions/references.server";
import { currentAssignmentWhere, visibleObligations } from "~/permissions.server";
import type { ObligationData } from "~/schemas/reporting";
import { grantCreatorIfConfidential, type Actor } from "./access-grant.server";
import { agencyOptions } from "./agency.server";
import { recordAudit } from "./audit.server";
import { claimVersion, nextVersion } from "./record-version.server";
import { addManualCycle, cycleRecordFields, ruleFields, syncCycles } from "./reporting-cycles.server";
import { postLabel } from "~/domain/labels";


const obligationFields = {
  id: true,
  instrumentId: true,
  provisionId: true,
  title: true,
  description: true,
  procedureNotes: true,
  leadPositionId: true,
  leadAgencyId: true,
  submissionAccess: true,
  confidentiality: true,
  ...ruleFields,
  offsetDataCall: true,
  offsetContributions: true,
  offsetConsolidation: true,
  offsetClearance: true,
  offsetSubmission: true,
  skipNonWorkingDays: true,
  version: true,
  archivedAt: true,
} satisfies Prisma.ReportingObligationSelect;

export type ObligationStatusFilter = (typeof OBLIGATION_STATUS_FILTERS)[number];

/** The obligation list's filters, by their names in the URL (read with obligationListSearch). */
export type ObligationFilters = { instrument: string | null; agency: string | null; status: ObligationStatusFilter };

/** How far ahead "due soon" looks. */
export const DUE_SOON_DAYS = 60;

export function obligationListWhere(ctx: AccessContext, f: ObligationFilters, today: Date): Prisma.ReportingObligationWhereInput {
  const open = { archivedAt: null, submittedOn: null, status: { notIn: ["submitted", "late", "waived"] } };
  return {
    AND: [
      visibleObligations(ctx),
      { archivedAt: f.status === "archived" ? { not: null } : null },
      f.instrument ? { instrumentId: f.instrument } : {},
      f.agency ? { leadAgencyId: f.agency } : {},
      // A cycle past its due date with no submission: the report is missing.
      f.status === "overdue" ? { deadlines: { some: { ...open, dueDate: { lt: today } } } } : {},
      f.status === "due_soon"
        ? { deadlines: { some: { ...open, dueDate: { gte: today, lt: new Date(today.getTime() + DUE_SOON_DAYS * 86_400_000) } } } }
        : {},
    ],
  };
}

/** Where an obligation comes from: its instrument's code and the provision's reference. */
export const obligationSourceFields = {
  instrument: { select: { code: true } },
  provision: { select: { reference: true } },
} satisfies Prisma.ReportingObligationSelect;

/**
 * One page of obligations by title, and how many match: the register, the compliance overview and the
 * reporting calendar each choose what to read of a row.
 */
export async function pageOfObligations<S extends Prisma.ReportingObligationSelect>(
  where: Prisma.ReportingObligationWhereInput,
  page: { skip: number; take: number },
  select: S,
) {
  const [rows, total] = await Promise.all([
    prisma.reportingObligation.findMany({ where, orderBy: [{ title: "asc" }, { id: "asc" }], skip: page.skip, take: page.take, select }),
    prisma.reportingObligation.count({ where }),
  ]);
  return { rows, total };
}

export function listObligations(ctx: AccessContext, f: ObligationFilters, page: { skip: number; take: number }, today: Date) {
  return pageOfObligations(obligationListWhere(ctx, f, today), page, {
    id: true,
    title: true,
    ruleKind: true,
    confidentiality: true,
    ...obligationSourceFields,
    leadPosition: { select: { id: true, title: true } },
    leadAgency: { select: { id: true, name: true, acronym: true } },
    // The next open cycle, and the last one due, for the list's "next due" and status columns.
    deadlines: {
      where: { archivedAt: null, dueDate: { gte: today } },
      orderBy: { dueDate: "asc" },
      take: 1,
      select: { id: true, cycle: true, dueDate: true },
    },
  });
}

export function obligationFilterOptions() {
  return Promise.all([
    prisma.instrument.findMany({ where: { archivedAt: null }, orderBy: { code: "asc" }, take: 200, select: { id: true, code: true, name: true } }),
    prisma.agency.findMany({
      where: { archivedAt: null, obligationsLed: { some: { archivedAt: null } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, name: true, acronym: true },
    }),
  ]);
}

/** What the form offers: instruments with their articles, posts (with agency) and agencies. */
export async function obligationFormOptions() {
  const [instruments, provisions, posts, agencies] = await Promise.all([
    prisma.instrument.findMany({ where: { archivedAt: null }, orderBy: { code: "asc" }, take: 200, select: { id: true, code: true, name: true } }),
    prisma.provision.findMany({
      where: { archivedAt: null, instrument: { archivedAt: null } },
      orderBy: [{ instrument: { code: "asc" } }, { reference: "asc" }],
      take: 2000,
      select: { id: true, reference: true, instrument: { select: { code: true } } },
    }),
    prisma.position.findMany({
      where: { archivedAt: null, agency: { archivedAt: null } },
      orderBy: [{ agency: { name: "asc" } }, { title: "asc" }],
      take: 3000,
      select: { id: true, title: true, agency: { select: { acronym: true, name: true } } },
    }),
    agencyOptions(),
  ]);
  return {
    instruments: instruments.map((i) => ({ id: i.id, label: `${i.code} — ${i.name}` })),
    provisions: provisions.map((p) => ({ id: p.id, label: `${p.instrument.code} ${p.reference}` })),
    posts: posts.map((p) => ({ id: p.id, label: postLabel(p) })),
    agencies: agencies.map((a) => ({ id: a.id, label: a.acronym ? `${a.name} (${a.acronym})` : a.name })),
  };
}

export function getObligation(id: string) {
  return prisma.reportingObligation.findUnique({
    where: { id },
    select: {
      ...obligationFields,
      contributors: {
        where: { archivedAt: null },
        orderBy: { agency: { name: "asc" } },
        take: 100,
        select: { id: true, agencyId: true, positionId: true, contribution: true },
      },
    },
  });
}

export type StoredObligation = NonNullable<Awaited<ReturnType<typeof getObligation>>>;

export { classifiedObligation } from "~/domain/reporting-access";

export function obligationOwnership(o: { leadPositionId: string | null; leadAgencyId: string | null }) {
  return { positionId: o.leadPositionId, agencyId: o.leadAgencyId };
}

/** The obligation page: the obligation, its cycles (newest first) with milestones. */
export async function obligationPage(id: string, now: Date) {
  const obligation = await prisma.reportingObligation.findUnique({
    where: { id },
    select: {
      ...obligationFields,
      instrument: { select: { id: true, code: true, name: true } },
      provision: { select: { id: true, reference: true, title: true } },
      leadPosition: {
        select: {
          id: true,
          title: true,
          assignments: { where: currentAssignmentWhere(now), take: 2, select: { acting: true, person: { select: { givenName: true, familyName: true } } } },
        },
      },
      leadAgency: { select: { id: true, name: true, acronym: true } },
      contributors: {
        where: { archivedAt: null },
        orderBy: { agency: { name: "asc" } },
        take: 100,
        select: {
          id: true,
          agencyId: true,
          contribution: true,
          agency: { select: { id: true, name: true, acronym: true } },
          position: { select: { id: true, title: true } },
        },
      },
      deadlines: {
        where: { archivedAt: null },
        orderBy: { dueDate: "desc" },
        take: 40,
        select: {
          ...cycleRecordFields,
          milestones: {
            where: { archivedAt: null },
            orderBy: [{ dueDate: "asc" }, { kind: "asc" }],
            take: 40,
            select: { id: true, kind: true, title: true, dueDate: true, status: true, ownerPosition: { select: { id: true, title: true, agency: { select: { acronym: true, name: true } } } } },
          },
        },
      },
    },
  });
  return obligation;
}

export type CheckedObligation = {
  errors: FieldErrors;
  derived: { leadAgencyId: string; contributors: { agencyId: string; positionId: string | null; contribution: string | null }[] };
};

/** The rules that need the database: the lead post is in use, the article is the instrument's, rows make sense. */
export async function checkObligation(data: ObligationData): Promise<CheckedObligation> {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const postIds = [data.leadPositionId, ...data.contributors.flatMap((c) => (c.positionId ? [c.positionId] : []))];
  const agencyIds = data.contributors.flatMap((c) => (c.agencyId ? [c.agencyId] : []));
  const [instrument, provision, posts, agencies] = await Promise.all([
    prisma.instrument.findFirst({ where: { id: data.instrumentId, archivedAt: null }, select: { id: true } }),
    data.provisionId ? prisma.provision.findFirst({ where: { id: data.provisionId, archivedAt: null }, select: { instrumentId: true } }) : null,
    prisma.position.findMany({ where: { id: { in: postIds }, archivedAt: null, agency: { archivedAt: null } }, select: { id: true, agencyId: true } }),
    prisma.agency.findMany({ where: { id: { in: agencyIds }, archivedAt: null }, select: { id: true } }),
  ]);
  if (!instrument) add("instrumentId", "error.reporting.instrumentMissing");
  if (data.provisionId && provision?.instrumentId !== data.instrumentId) add("provisionId", "error.reporting.provisionOtherInstrument");
  const postAgency = new Map(posts.map((p) => [p.id, p.agencyId]));
  const lead = postAgency.get(data.leadPositionId);
  if (!lead) add("leadPositionId", "error.reporting.postMissing");
  const known = new Set(agencies.map((a) => a.id));
  const contributors: CheckedObligation["derived"]["contributors"] = [];
  const seen = new Set<string>();
  data.contributors.forEach((c, i) => {
    const fromPost = c.positionId ? postAgency.get(c.positionId) : undefined;
    if (c.positionId && !fromPost) return add(`contributors.${i}.positionId`, "error.reporting.postMissing");
    if (c.agencyId && !known.has(c.agencyId)) return add(`contributors.${i}.agencyId`, "error.reporting.agencyMissing");
    if (c.agencyId && fromPost && fromPost !== c.agencyId) return add(`contributors.${i}.positionId`, "error.reporting.postOtherAgency");
    const agencyId = c.agencyId ?? fromPost ?? "";
    if (seen.has(agencyId)) return add(`contributors.${i}.agencyId`, "error.reporting.contributorTwice");
    seen.add(agencyId);
    contributors.push({ agencyId, positionId: c.positionId, contribution: c.contribution });
  });
  return { errors, derived: { leadAgencyId: lead ?? "", contributors } };
}

/**
 * What checkObligation found, checked again inside the write's transaction (decision 029): the
 * instrument and its article, the lead post (still in use, of the agency derived from it) and each
 * contributing agency and post. A record archived between the check and the write refuses the save.
 */
function obligationReferences(data: ObligationData, derived: CheckedObligation["derived"]): References {
  const refs: References = {
    instrumentId: { kind: "instrument", id: data.instrumentId, error: "error.reporting.instrumentMissing" },
    provisionId: { kind: "provision", id: data.provisionId, where: { instrumentId: data.instrumentId }, error: "error.reporting.provisionOtherInstrument" },
    leadPositionId: { kind: "position", id: data.leadPositionId, where: { agencyId: derived.leadAgencyId, agency: { archivedAt: null } }, error: "error.reporting.postMissing" },
  };
  derived.contributors.forEach((c, i) => {
    refs[`contributors.${i}.agencyId`] = { kind: "agency", id: c.agencyId, error: "error.reporting.agencyMissing" };
    refs[`contributors.${i}.positionId`] = { kind: "position", id: c.positionId, where: { agencyId: c.agencyId, agency: { archivedAt: null } }, error: "error.reporting.postMissing" };
  });
  return refs;
}

function obligationRow(data: ObligationData, derived: CheckedObligation["derived"]) {
  const kind = data.ruleKind;
  const dated = kind === "annual" || kind === "every_n_years";
  return {
    instrumentId: data.instrumentId,
    provisionId: data.provisionId,
    title: data.title,
    description: data.description,
    procedureNotes: data.procedureNotes,
    leadPositionId: data.leadPositionId,
    leadAgencyId: derived.leadAgencyId,
    submissionAccess: data.submissionAccess,
    confidentiality: data.confidentiality,
    // The older free-text recurrence, kept meaningful for readers of the column.
    recurrence: kind === "annual" ? "annual" : kind === "once_after_event" ? "once" : kind === "every_n_years" ? "periodic" : kind === "custom" ? "custom" : "on_change",
    ruleKind: kind,
    ruleMonth: dated ? data.ruleMonth : null,
    ruleDay: dated ? data.ruleDay : null,
    ruleIntervalYears: kind === "every_n_years" ? data.ruleIntervalYears : null,
    ruleFirstYear: kind === "every_n_years" ? data.ruleFirstYear : null,
    ruleEventDate: kind === "once_after_event" ? data.ruleEventDate : null,
    rrule: kind === "custom" ? data.rrule : null,
    ruleStart: kind === "custom" ? data.ruleStart : null,
    offsetDataCall: data.offsetDataCall,
    offsetContributions: data.offsetContributions,
    offsetConsolidation: data.offsetConsolidation,
    offsetClearance: data.offsetClearance,
    offsetSubmission: data.offsetSubmission,
    skipNonWorkingDays: data.skipNonWorkingDays === "yes",
  };
}

async function writeContributors(tx: Prisma.TransactionClient, actorId: string, obligationId: string, rows: CheckedObligation["derived"]["contributors"]) {
  const current = await tx.obligationContributor.findMany({
    where: { obligationId },
    select: { id: true, agencyId: true, positionId: true, contribution: true, archivedAt: true },
  });
  const byAgency = new Map(current.map((c) => [c.agencyId, c]));
  const wanted = new Set(rows.map((r) => r.agencyId));
  for (const r of rows) {
    const before = byAgency.get(r.agencyId);
    if (!before) {
      const created = await tx.obligationContributor.create({ data: { obligationId, ...r }, select: { id: true, agencyId: true, positionId: true, contribution: true } });
      await recordAudit(tx, { actorId, entity: "obligationContributor", entityId: created.id, action: "create", after: created });
    } else if (before.archivedAt || before.positionId !== r.positionId || before.contribution !== r.contribution) {
      const after = await tx.obligationContributor.update({
        where: { id: before.id },
        data: { positionId: r.positionId, contribution: r.contribution, archivedAt: null },
        select: { id: true, agencyId: true, positionId: true, contribution: true, archivedAt: true },
      });
      await recordAudit(tx, { actorId, entity: "obligationContributor", entityId: before.id, action: "update", before, after });
    }
  }
  for (const c of current) {
    if (c.archivedAt || wanted.has(c.agencyId)) continue;
    const after = await tx.obligationContributor.update({ where: { id: c.id }, data: { archivedAt: new Date() }, select: { id: true, archivedAt: true } });
    await recordAudit(tx, { actorId, entity: "obligationContributor", entityId: c.id, action: "archive", before: c, after });
  }
}

export function createObligation(actor: Actor, data: ObligationData, derived: CheckedObligation["derived"], now = new Date()) {
  return prisma.$transaction(async (tx) => {
    await requireReferences(tx, obligationReferences(data, derived));
    const created = await tx.reportingObligation.create({ data: obligationRow(data, derived), select: obligationFields });
    await recordAudit(tx, { actorId: actor.userId, entity: "reportingObligation", entityId: created.id, action: "create", after: created });
    await writeContributors(tx, actor.userId, created.id, derived.contributors);
    await grantCreatorIfConfidential(tx, actor, "reportingObligation", created);
    await syncCycles(tx, actor.userId, created.id, todayIn(now, "UTC"));
    return created;
  });
}

/**
 * Saves an edit made on `version`; a form loaded before another save is refused (StaleEditError,
 * with what changed meanwhile) rather than silently overwriting it. Future cycles follow the new rule.
 */
export function updateObligation(actor: Actor, id: string, { version, ...data }: ObligationData & { version: number }, derived: CheckedObligation["derived"], now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.reportingObligation.findUniqueOrThrow({ where: { id }, select: obligationFields });
    // The instrument, article and lead post it keeps may have been archived since; new choices may not.
    await requireReferences(tx, keptOut(obligationReferences(data, derived), before));
    await claimVersion(tx, { entity: "reportingObligation", id, expected: version, current: before }, (where) =>
      tx.reportingObligation.updateMany({ where, data: { ...obligationRow(data, derived), ...nextVersion } }),
    );
    const after = await tx.reportingObligation.findUniqueOrThrow({ where: { id }, select: obligationFields });
    await recordAudit(tx, { actorId: actor.userId, entity: "reportingObligation", entityId: id, action: "update", before, after });
    await writeContributors(tx, actor.userId, id, derived.contributors);
    await grantCreatorIfConfidential(tx, actor, "reportingObligation", after);
    await syncCycles(tx, actor.userId, id, todayIn(now, "UTC"));
    return after;
  });
}

/** Archiving keeps the obligation and its history; restoring plans its cycles again. */
export function setObligationArchived(actor: Actor, id: string, archived: boolean, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.reportingObligation.findUniqueOrThrow({ where: { id }, select: { id: true, archivedAt: true } });
    const after = await tx.reportingObligation.update({
      where: { id },
      data: { archivedAt: archived ? now : null, ...nextVersion },
      select: { id: true, archivedAt: true },
    });
    await recordAudit(tx, { actorId: actor.userId, entity: "reportingObligation", entityId: id, action: archived ? "archive" : "restore", before, after });
    if (!archived) await syncCycles(tx, actor.userId, id, todayIn(now, "UTC"));
  });
}

export function createManualCycle(actor: Actor, obligationId: string, cycle: { cycle: string; dueDate: Date }, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const clash = await tx.reportingDeadline.findFirst({ where: { obligationId, cycle: cycle.cycle }, select: { id: true } });
    if (clash) return null;
    return addManualCycle(tx, actor.userId, obligationId, cycle, todayIn(now, "UTC"));
  });
}

/**
 * Keeps every active obligation planned ahead as time passes (the daily timer calls this): a rule's
 * next cycles appear once the current one falls due.
 */
export async function topUpAllCycles(now = new Date(), batch = 200) {
  const today = todayIn(now, "UTC");
  let cursor: string | undefined;
  for (;;) {
    const rows = await prisma.reportingObligation.findMany({
      where: { archivedAt: null, ruleKind: { notIn: ["on_event", "once_after_event"] } },
      orderBy: { id: "asc" },
      take: batch,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: { id: true, deadlines: { where: { archivedAt: null, dueDate: { gte: today } }, take: 2, select: { id: true } } },
    });
    for (const r of rows) {
      if (r.deadlines.length >= 2) continue;
      await prisma.$transaction((tx) => syncCycles(tx, null, r.id, today, { replanOpen: false }));
    }
    if (rows.length < batch) return;
    cursor = rows.at(-1)?.id;
  }
}
