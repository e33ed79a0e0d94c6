// The reporting calendar's read as it was in Prisma, before it moved to the raw read path (the
// reference tests/integration/reporting-calendar-read.test.ts compares reportingCalendar with).
import type { Prisma } from "@prisma/client";
import { prisma } from "../../app/db.server";
import type { AccessContext } from "../../app/domain/access";
import type { CalendarFilters } from "../../app/models/reporting-calendar.server";
import { visibleObligations } from "../../app/permissions.server";

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

export async function prismaReportingCalendar(ctx: AccessContext, f: CalendarFilters, page: { skip: number; take: number }) {
  const inYear = yearRange(f.year);
  const where = calendarWhere(ctx, f);
  const [obligations, total] = await Promise.all([
    prisma.reportingObligation.findMany({
      where,
      orderBy: [{ title: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true,
        title: true,
        instrument: { select: { code: true } },
        leadAgency: { select: { acronym: true, name: true } },
        deadlines: {
          where: { archivedAt: null, OR: [{ dueDate: inYear }, { milestones: { some: { archivedAt: null, dueDate: inYear } } }] },
          orderBy: [{ dueDate: "asc" }, { id: "asc" }],
          take: 12,
          select: {
            id: true,
            cycle: true,
            dueDate: true,
            submittedOn: true,
            status: true,
            milestones: {
              where: { archivedAt: null, dueDate: inYear },
              orderBy: [{ dueDate: "asc" }, { id: "asc" }],
              take: 30,
              select: { id: true, kind: true, title: true, dueDate: true, status: true, ownerPosition: { select: { title: true, agency: { select: { acronym: true, name: true } } } } },
            },
          },
        },
      },
    }),
    prisma.reportingObligation.count({ where }),
  ]);
  return { obligations, total };
}
