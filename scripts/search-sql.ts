// Prints the SQL of the search index (FTS table, first build, triggers) as app/search/index-definition.ts
// defines it: what the search migration holds, and what a later migration must repeat if it
// rebuilds one of the indexed tables (SQLite drops a table's triggers with the table).
//   npm run search:sql
import { searchSchemaSql } from "../app/search/index-definition";

process.stdout.write(searchSchemaSql());
