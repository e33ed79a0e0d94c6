// `npm run files:sweep [-- --older-than-hours N]`: removes the file store's files that no document
// refers to and temporary files left by interrupted uploads, older than N hours (24 by default).
// Referenced files, archived versions' included, are never removed (app/models/file-sweep.server.ts).
import { prisma } from "../app/db.server";
import { sweepFileStore } from "../app/models/file-sweep.server";

const at = process.argv.indexOf("--older-than-hours");
const hours = at >= 0 ? Number(process.argv[at + 1]) : 24;
if (!Number.isFinite(hours) || hours < 1) {
  console.error("--older-than-hours needs a number of hours, at least 1");
  process.exit(2);
}
try {
  const { removed, kept, temporaryRemoved } = await sweepFileStore({ olderThanHours: hours });
  console.log(`files: ${removed.length} unreferenced removed, ${temporaryRemoved} temporary removed, ${kept} kept`);
} finally {
  await prisma.$disconnect();
}
