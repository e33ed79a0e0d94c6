// Prints the SQL of the search index as app/search/index-definition.ts defines it: every trigger
// (what a migration must repeat if it rebuilds one of the indexed tables: SQLite drops a table's
// triggers with the table), or with `per-kind` the migration that made one FTS table per kind.
//   npm run search:sql [-- per-kind]
import { perKindMigrationSql, triggersSql } from "../app/search/index-definition";

process.stdout.write(process.argv[2] === "per-kind" ? perKindMigrationSql() : triggersSql());
