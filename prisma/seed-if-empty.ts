// Used by `npm run serve`: seeds the demo data on a fresh database and silently leaves existing data alone.
import { createPrismaClient, preparePragmas } from "../app/db.server";
import { seedIfEmpty } from "./seed-data";

const prisma = createPrismaClient();
try {
  await preparePragmas(prisma);
  await seedIfEmpty(prisma);
} finally {
  await prisma.$disconnect();
}
