// The reporting calendar reads on the raw read path (reporting-calendar.server.ts). Its page must be
// the one the Prisma read gave (tests/support/reporting-calendar-prisma.ts): the same obligations in
// the same order with the same total, each with its cycles and milestones of the year, for every
// filter and for readers of each clearance. Real rows in the worker's SQLite copy.
import { describe, expect, it } from "vitest";
import { prisma } from "../../app/db.server";
import { reportingCalendar, type CalendarFilters } from "../../app/models/reporting-calendar.server";
import { buildObligation } from "../../prisma/seed/builders";
import { createAgency, createUser, ctxOf, unique } from "../support/fixtures";
import { prismaReportingCalendar } from "../support/reporting-calendar-prisma";
import { createInstrument } from "../support/reporting-fixtures";
import { createPost } from "../support/work-fixtures";

const YEAR = 2031;
const at = (month: number, day: number, year = YEAR) => new Date(Date.UTC(year, month - 1, day, 12));

async function calendarWorld() {
  const lead = await createAgency();
  const contributor = await createAgency();
  const instrument = await createInstrument();
  const other = await createInstrument();
  const leadPost = await createPost(lead.id);
  const marker = unique("Calendar");
  const specs = [
    { title: `${marker} B annual`, confidentiality: "internal", leadAgencyId: lead.id, leadPositionId: leadPost.id, instrumentId: instrument.id },
    { title: `${marker} A restricted`, confidentiality: "restricted", leadAgencyId: lead.id, instrumentId: instrument.id },
    { title: `${marker} A restricted`, confidentiality: "restricted", leadAgencyId: null, instrumentId: other.id, contributor: contributor.id },
    { title: `${marker} C public`, confidentiality: "public", leadAgencyId: contributor.id, instrumentId: other.id },
    { title: `${marker} D next year only`, confidentiality: "public", leadAgencyId: lead.id, instrumentId: instrument.id, nextYearOnly: true },
    { title: `${marker} E archived`, confidentiality: "public", leadAgencyId: lead.id, instrumentId: instrument.id, archived: true },
  ];
  for (const [n, spec] of specs.entries()) {
    const { id } = await buildObligation(prisma, {
      title: spec.title,
      recurrence: "annual",
      confidentiality: spec.confidentiality,
      instrumentId: spec.instrumentId,
      leadAgencyId: spec.leadAgencyId,
      leadPositionId: spec.leadPositionId ?? null,
      archivedAt: spec.archived ? new Date() : null,
    });
    if (spec.contributor) await prisma.obligationContributor.create({ data: { obligationId: id, agencyId: spec.contributor }, select: { id: true } });
    // Cycles: one due in the year, one due the next January with milestones in this year, one the year before, one archived.
    const cycles = spec.nextYearOnly
      ? [{ cycle: `${YEAR + 1}`, dueDate: at(6, 1, YEAR + 1), milestones: [at(3, 1, YEAR + 1)] }]
      : [
          { cycle: `${YEAR}`, dueDate: at(5, 31 - n), milestones: [at(2, 1), at(3, 15), at(4, 10 + n), at(1, 5, YEAR - 1)] },
          { cycle: `${YEAR + 1}-early`, dueDate: at(1, 20, YEAR + 1), milestones: [at(11, 1), at(12, 1)] },
          { cycle: `${YEAR - 1}`, dueDate: at(5, 31, YEAR - 1), milestones: [at(3, 1, YEAR - 1)] },
          { cycle: `${YEAR}-archived`, dueDate: at(8, 1), milestones: [], archived: true },
        ];
    for (const c of cycles) {
      const deadline = await prisma.reportingDeadline.create({
        data: { obligationId: id, cycle: c.cycle, dueDate: c.dueDate, archivedAt: "archived" in c && c.archived ? new Date() : null },
        select: { id: true },
      });
      for (const [k, due] of c.milestones.entries()) {
        await prisma.milestone.create({
          data: { deadlineId: deadline.id, kind: ["data_call", "contributions", "consolidation", "clearance"][k % 4]!, dueDate: due, ownerPositionId: k % 2 ? leadPost.id : null },
          select: { id: true },
        });
      }
    }
  }
  return { lead, contributor, instrument, other };
}

describe("the reporting calendar on the raw read path", () => {
  it("gives the page, the total, the cycles and the milestones the Prisma read gave, for each filter and reader", async () => {
    const w = await calendarWorld();
    const readers = [
      await createUser("viewer"),
      await createUser("focal_point", { agencyId: w.lead.id }),
      await createUser("focal_point", { agencyId: w.contributor.id }),
      await createUser("admin"),
    ];
    const base: CalendarFilters = { year: YEAR, instrument: null, agency: null, mine: false };
    const variants: Partial<CalendarFilters>[] = [
      {},
      { instrument: w.instrument.id },
      { instrument: w.other.id },
      { agency: w.lead.id },
      { agency: w.contributor.id },
      { mine: true },
      { mine: true, instrument: w.instrument.id },
      { year: YEAR + 1 },
      { year: YEAR - 1 },
    ];
    let seen = 0;
    for (const reader of readers) {
      const ctx = await ctxOf(reader.id);
      for (const variant of variants) {
        const f = { ...base, ...variant };
        for (const page of [{ skip: 0, take: 25 }, { skip: 0, take: 2 }, { skip: 2, take: 2 }, { skip: 500, take: 25 }]) {
          const raw = await reportingCalendar(ctx, f, page);
          expect(raw).toEqual(await prismaReportingCalendar(ctx, f, page));
          seen += raw.obligations.length;
        }
      }
    }
    // The comparison is not of empty pages only.
    expect(seen).toBeGreaterThan(50);
  });
});
