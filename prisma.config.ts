// Prisma runs here in its JavaScript-engine mode with the better-sqlite3 adapter: the native engines
// cannot be downloaded on these machines (docs/decisions/001-prisma-js-engine.md).
import "dotenv/config";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { FTS_TABLES } from "./app/search/index-definition";

// Without a URL Prisma falls back to downloading a native engine, so there is always a default.
process.env.DATABASE_URL ??= "file:./data/relais.db";

function adapterFactory() {
  const url = process.env.DATABASE_URL ?? "file:./data/relais.db";
  // SQLite creates the file but not its folder; a fresh clone has no ./data yet.
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const factory = new PrismaBetterSQLite3({ url });
  // The shadow database (used by `migrate diff --from-migrations` and `migrate dev`) receives each
  // migration file as one multi-statement raw execute, which better-sqlite3's prepare() rejects.
  // Argument-less executes there go through exec() instead.
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const shadow = await connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await shadow.executeScript(query.sql);
      return 0;
    };
    return shadow;
  };
  return factory;
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  engine: "js",
  // The FTS5 search tables and the shadow tables FTS5 creates for them are written by raw migrations and
  // are not Prisma models: Migrate is told they are managed outside it, so the drift check (db:check)
  // still covers every other table, index and column (docs/decisions/023-search-index.md).
  experimental: { adapter: true, externalTables: true },
  tables: { external: [...FTS_TABLES] },
  adapter: async () => adapterFactory(),
  migrations: { seed: "tsx prisma/seed.ts" },
});
