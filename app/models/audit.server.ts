import type { Prisma } from "@prisma/client";
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
