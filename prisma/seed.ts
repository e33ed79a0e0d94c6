// `prisma db seed`: fills an empty database with the demo data, and refuses to touch one that has data.
import { createPrismaClient, preparePragmas } from "../app/db.server";
import { countRecords, formatCounts, seedIfEmpty } from "./seed-data";

const prisma = createPrismaClient();
try {
  await preparePragmas(prisma);
  const started = performance.now();
  if (await seedIfEmpty(prisma)) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Seeded demo data in ${seconds} s: ${formatCounts(await countRecords(prisma))}.`);
  } else {
    console.log("The database already has agencies; the demo seed only runs on an empty database. Nothing changed.");
  }
} finally {
  await prisma.$disconnect();
}
