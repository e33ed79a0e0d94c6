// The compliance overview across obligations: the most recent cycles of each, newest last.
import type { AccessContext } from "~/domain/access";
import { obligationListWhere, pageOfObligations, type ObligationFilters } from "./reporting.server";

/** Cycles shown per obligation: the last few due and the next one. */
export const HISTORY_CYCLES = 6;

export function complianceOverview(ctx: AccessContext, f: ObligationFilters, page: { skip: number; take: number }, today: Date) {
  return pageOfObligations(obligationListWhere(ctx, f, today), page, {
    id: true,
    title: true,
    instrument: { select: { code: true } },
    deadlines: {
      // The last cycles due, and the next one (not those planned further ahead).
      where: { archivedAt: null, dueDate: { lt: new Date(today.getTime() + 366 * 86_400_000) } },
      orderBy: { dueDate: "desc" },
      take: HISTORY_CYCLES,
      select: { id: true, cycle: true, dueDate: true, submittedOn: true, status: true },
    },
  });
}
