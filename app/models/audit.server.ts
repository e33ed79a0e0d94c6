import type { Prisma } from "@prisma/client";
import { prisma } from "~/db.server";
import { auditDiff } from "~/domain/audit";

export type AuditAction = "create" | "update" | "archive" | "restore" | "sign_in" | "sign_out" | string;

type Row = Record<string, unknown>;

/**
 * Records one audit event inside the caller's transaction, so the write and its trace commit or
 * roll back together. Pass the row before and after the write; only changed fields are kept.
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  event: { actorId: string | null; entity: string; entityId: string; action: AuditAction; before?: Row | null; after?: Row | null },
) {
  const diff = auditDiff(event.before ?? null, event.after ?? null);
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      entity: event.entity,
      entityId: event.entityId,
      action: event.action,
      before: diff.before ? JSON.stringify(diff.before) : null,
      after: diff.after ? JSON.stringify(diff.after) : null,
    },
    select: { id: true },
  });
}

export function listAuditEvents(
  db: Prisma.TransactionClient,
  { entity, entityId, take = 20 }: { entity: string; entityId: string; take?: number },
) {
  return db.auditEvent.findMany({
    where: { entity, entityId },
    orderBy: { at: "desc" },
    take,
    select: {
      id: true,
      action: true,
      at: true,
      before: true,
      after: true,
      actor: { select: { email: true, person: { select: { givenName: true, familyName: true } } } },
    },
  });
}

/**
 * One audit event per export request (CSV, iCalendar), with the filters it was asked for, so an
 * administrator can see who took what out of Relais. `what` names the export ("actions.csv").
 */
export async function recordExport(
  actorId: string,
  what: string,
  filters: URLSearchParams | Record<string, string | null>,
) {
  const asObject = filters instanceof URLSearchParams ? Object.fromEntries([...filters.entries()].map(([k, v]) => [k.slice(0, 40), v.slice(0, 300)]).slice(0, 20)) : filters;
  await prisma.$transaction((tx) =>
    recordAudit(tx, { actorId, entity: "export", entityId: what, action: "export", before: null, after: { export: what, filters: JSON.stringify(asObject) } }),
  );
}
