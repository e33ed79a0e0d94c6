// Rebuilds the search index from the records, in one transaction (readers see the old index until
// it commits). `npm run search:rebuild` runs it; the triggers keep it in step afterwards.
import type { PrismaClient } from "@prisma/client";
import { rebuildStatements } from "./index-definition";

export async function rebuildSearchIndex(client: PrismaClient): Promise<number> {
  await client.$transaction(
    async (tx) => {
      for (const statement of rebuildStatements()) await tx.$executeRawUnsafe(statement);
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
  return client.searchEntry.count();
}
