// One process of the concurrent-edit test (tests/integration/concurrent-edits.test.ts): its own
// SQLite connection, several edits of one action at once, each from a form loaded just before, saved
// the way the edit route saves. Prints what happened to each edit as JSON.
import { prisma, prismaReady } from "../../app/db.server";
import { isOneOf, CONFIDENTIALITY_LEVELS } from "../../app/domain/vocabulary";
import { staleOr } from "../../app/submissions/conflict.server";
import { updateAction } from "../../app/models/action.server";

const [actionId = "", userId = "", label = "", countText = "5"] = process.argv.slice(2);

async function oneEdit(index: number) {
  const row = await prisma.action.findUniqueOrThrow({
    where: { id: actionId },
    select: { version: true, ownerPositionId: true, ownerAgencyId: true, committeeId: true, meetingId: true, decisionId: true, confidentiality: true },
  });
  const title = `${label}-${index}`;
  const confidentiality = isOneOf(CONFIDENTIALITY_LEVELS, row.confidentiality) ? row.confidentiality : "internal";
  const stale = await staleOr(() =>
    updateAction(
      { userId, personId: null },
      actionId,
      { title, description: `written by ${title}`, ownerPositionId: row.ownerPositionId, ownerPersonId: null, dueDate: null, decisionId: row.decisionId, meetingId: row.meetingId, committeeId: row.committeeId, confidentiality, version: row.version },
      { ownerAgencyId: row.ownerAgencyId, committeeId: row.committeeId, meetingId: row.meetingId, decisionId: row.decisionId },
    ),
  );
  return { title, read: row.version, outcome: stale ? "conflict" : "applied", conflictVersion: stale?.version ?? null };
}

await prismaReady;
const results = await Promise.all(Array.from({ length: Number(countText) }, (_, i) => oneEdit(i)));
process.stdout.write(JSON.stringify(results));
await prisma.$disconnect();
