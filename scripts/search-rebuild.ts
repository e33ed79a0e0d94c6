// npm run search:rebuild — rebuilds the full-text index of the database at DATABASE_URL.
import "dotenv/config";
import { createPrismaClient, databaseUrl } from "../app/db.server";
import { rebuildSearchIndex } from "../app/search/rebuild.server";

const client = createPrismaClient();
const started = performance.now();
const entries = await rebuildSearchIndex(client);
await client.$disconnect();
console.log(`Search index rebuilt for ${databaseUrl()}: ${entries} records in ${((performance.now() - started) / 1000).toFixed(1)} s`);
