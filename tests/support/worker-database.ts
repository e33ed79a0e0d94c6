// Each vitest worker gets its own copy of the migrated template, before any app module opens it.
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";

const dir = path.resolve(import.meta.dirname, "../../tmp/test-db");
const file = path.join(dir, `worker-${process.env.VITEST_POOL_ID ?? "0"}.db`);
if (!existsSync(file)) copyFileSync(path.join(dir, "template.db"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.SESSION_SECRET ??= "test-secret";
