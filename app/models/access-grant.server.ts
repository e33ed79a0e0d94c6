// Named access to confidential records (docs/decisions/002): a confidential record is shown to the
// people granted it, so the one who records it is granted it in the same transaction, or they would
// lose it on saving.
import type { Prisma } from "@prisma/client";
import type { ConfidentialEntity } from "~/domain/access";

/** Who writes: the account (audit) and its person (the grant). */
export type Actor = { userId: string; personId: string | null };

/** Grants the author a confidential record they create or edit (a no-op at any other level). */
export async function grantCreatorIfConfidential(
  tx: Prisma.TransactionClient,
  actor: Actor,
  entity: ConfidentialEntity,
  record: { id: string; confidentiality: string },
) {
  if (record.confidentiality !== "confidential" || !actor.personId) return;
  await tx.accessGrant.upsert({
    where: { entity_entityId_personId: { entity, entityId: record.id, personId: actor.personId } },
    create: { entity, entityId: record.id, personId: actor.personId, grantedById: actor.userId },
    update: {},
    select: { id: true },
  });
}
