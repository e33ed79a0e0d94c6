// The reporting calendar: for one year, each obligation's external due dates and internal milestones.
// Obligations are paged (the timeline and the list show one page; the print shows up to PRINT_LIMIT),
// and only what the reader may see is read.
import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import type { AccessContext } from "~/domain/access";
import { visibleObligations } from "~/permissions.server";
import { pageOfObligations } from "./reporting.server";

export const PRINT_LIMIT = 200;

/** The calendar's filters, by their names in the URL (read with reportingCalendarSearch); the year is resolved. */
export type CalendarFilters = { year: number; instrument: string | null; agency: string | null; mine: boolean };

function yearRange(year: number) {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

function calendarWhere(ctx: AccessContext, f: CalendarFilters): Prisma.ReportingObligationWhereInput {
  const inYear = yearRange(f.year);
  return {
    AND: [
      visibleObligations(ctx),
      { archivedAt: null },
      f.instrument ? { instrumentId: f.instrument } : {},
      f.agency ? { leadAgencyId: f.agency } : {},
      f.mine
        ? {
            OR: [
              { leadPositionId: { in: [...ctx.positionIds] } },
              { leadAgencyId: { in: [...ctx.agencyIds] } },
              { contributors: { some: { agencyId: { in: [...ctx.agencyIds] }, archivedAt: null } } },
            ],
          }
        : {},
      { deadlines: { some: { archivedAt: null, OR: [{ dueDate: inYear }, { milestones: { some: { archivedAt: null, dueDate: inYear } } }] } } },
    ],
  };
}

export async function reportingCalendar(ctx: AccessContext, f: CalendarFilters, page: { skip: number; take: number }) {
  const inYear = yearRange(f.year);
  const { rows: obligations, total } = await pageOfObligations(calendarWhere(ctx, f), page, {
    id: true,
    title: true,
    instrument: { select: { code: true } },
    leadAgency: { select: { acronym: true, name: true } },
    deadlines: {
      where: { archivedAt: null, OR: [{ dueDate: inYear }, { milestones: { some: { archivedAt: null, dueDate: inYear } } }] },
      orderBy: { dueDate: "asc" },
      take: 12,
      select: {
        id: true,
        cycle: true,
        dueDate: true,
        submittedOn: true,
        status: true,
        milestones: {
          where: { archivedAt: null, dueDate: inYear },
          orderBy: { dueDate: "asc" },
          take: 30,
          select: { id: true, kind: true, title: true, dueDate: true, status: true, ownerPosition: { select: { title: true, agency: { select: { acronym: true, name: true } } } } },
        },
      },
    },
  });
  return { obligations, total };
}

export type CalendarObligation = Awaited<ReturnType<typeof reportingCalendar>>["obligations"][number];

/** The feed's entries: due dates and milestones from 90 days back to a year ahead, as the owner may see them. */
export async function reportingFeedEntries(ctx: AccessContext, now: Date) {
  const window = { gte: new Date(now.getTime() - 90 * 86_400_000), lt: new Date(now.getTime() + 366 * 86_400_000) };
  const visible = { archivedAt: null, obligation: { AND: [{ archivedAt: null }, visibleObligations(ctx)] } };
  const [deadlines, milestones] = await Promise.all([
    prisma.reportingDeadline.findMany({
      where: { ...visible, dueDate: window },
      orderBy: { dueDate: "asc" },
      take: 2000,
      select: { id: true, cycle: true, dueDate: true, status: true, submittedOn: true, updatedAt: true, obligation: { select: { id: true, title: true } } },
    }),
    prisma.milestone.findMany({
      where: { archivedAt: null, dueDate: window, deadline: visible },
      orderBy: { dueDate: "asc" },
      take: 5000,
      select: {
        id: true,
        kind: true,
        title: true,
        dueDate: true,
        status: true,
        updatedAt: true,
        ownerPosition: { select: { title: true } },
        deadline: { select: { id: true, cycle: true, obligation: { select: { title: true } } } },
      },
    }),
  ]);
  return { deadlines, milestones };
}
