// `npm run files:text`: reads the text of every uploaded file still waiting for it (the jobs worker
// does the same on a timer), for search. `-- --again` reads every file again first (after a change
// of the readers or limits). Each file is bounded in time and memory (app/models/file-text.server.ts).
import { prisma } from "../app/db.server";
import { markAllFileTextsPending, readPendingFileTexts } from "../app/models/file-text.server";

try {
  if (process.argv.includes("--again")) console.log(`files: ${await markAllFileTextsPending()} to read again`);
  const counts: Record<string, number> = {};
  for (;;) {
    const batch = await readPendingFileTexts({ limit: 20 });
    for (const { status } of batch) counts[status] = (counts[status] ?? 0) + 1;
    if (batch.length < 20) break;
  }
  const summary = Object.entries(counts).map(([status, n]) => `${n} ${status}`).join(", ");
  console.log(`files: ${summary || "nothing to read"}`);
} finally {
  await prisma.$disconnect();
}
