// What the search index holds: one SearchEntry row per searchable record, built by the SELECTs
// below, and the SQLite triggers that keep it in step with every write (any writer, any process,
// inside the writer's own transaction). One FTS5 table per kind (search_fts_<kind>) indexes the
// entry's title, symbol and body as external content (docs/decisions/023-search-index.md, 039).
//
// The migrations 20261201170000_search and 20261202150000_search_per_kind were written from these
// definitions; a test checks that a migrated database holds exactly these triggers. Changing a
// definition means a new migration that drops and recreates the triggers (`npm run search:sql`
// prints them).

/** The kinds of record the search finds, in the order the results page lists them. */
export const SEARCH_KINDS = [
  "document",
  "decision",
  "statement",
  "agendaItem",
  "meeting",
  "action",
  "committee",
  "obligation",
  "handover",
  "responsibility",
  "agency",
  "position",
  "person",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The SearchEntry columns every definition fills, in this order. */
export const ENTRY_COLUMNS = [
  "kind",
  "recordId",
  "title",
  "symbol",
  "body",
  "archived",
  "date",
  "committeeId",
  "agencyId",
  "linkId",
  "level",
  "levelCommitteeId",
  "levelAgencyId",
  "grantEntity",
  "grantId",
  "parentLevel",
  "parentCommitteeId",
  "parentGrantId",
] as const;
type EntryColumn = (typeof ENTRY_COLUMNS)[number];

type Definition = {
  kind: SearchKind;
  /** The table whose row is the record (its `id` is the entry's recordId). */
  table: string;
  /** FROM clause; the record's table is aliased `r`. */
  from: string;
  /** SQL expression per column (missing ones are NULL; `kind` and `recordId` are filled in). */
  columns: Partial<Record<Exclude<EntryColumn, "kind" | "recordId">, string>>;
  /** Columns of the record's table whose change refreshes the entry (UPDATE OF …). */
  watch: string[];
};

const words = (...parts: string[]) => `trim(concat_ws(' ', ${parts.join(", ")}))`;
const archivedAny = (...aliases: string[]) => aliases.map((a) => `${a}."archivedAt" IS NOT NULL`).join(" OR ");

export const DEFINITIONS: readonly Definition[] = [
  {
    kind: "agency",
    table: "Agency",
    from: `"Agency" r`,
    columns: { title: `r."name"`, symbol: `r."acronym"`, body: words(`r."mandate"`, `r."address"`, `r."email"`, `r."website"`), archived: archivedAny("r"), agencyId: `r."id"` },
    watch: ["name", "acronym", "mandate", "address", "email", "website", "archivedAt"],
  },
  {
    kind: "person",
    table: "Person",
    from: `"Person" r`,
    columns: { title: words(`r."givenName"`, `r."familyName"`), body: words(`r."honorific"`, `r."email"`, `r."notes"`), archived: archivedAny("r") },
    watch: ["honorific", "givenName", "familyName", "email", "notes", "archivedAt"],
  },
  {
    kind: "position",
    table: "Position",
    from: `"Position" r`,
    columns: { title: `r."title"`, body: words(`r."description"`, `r."functionalEmail"`), archived: archivedAny("r"), agencyId: `r."agencyId"` },
    watch: ["title", "description", "functionalEmail", "agencyId", "archivedAt"],
  },
  {
    kind: "responsibility",
    table: "Responsibility",
    from: `"Responsibility" r`,
    columns: { title: `r."title"`, body: `r."description"`, archived: archivedAny("r") },
    watch: ["title", "description", "archivedAt"],
  },
  {
    kind: "committee",
    table: "Committee",
    from: `"Committee" r`,
    columns: {
      title: `r."name"`,
      symbol: `r."shortName"`,
      body: words(`r."mandate"`, `r."objectives"`, `r."legalBasis"`, `r."cadence"`, `r."decisionPrefix"`),
      archived: archivedAny("r"),
      committeeId: `r."id"`,
      level: `r."confidentiality"`,
      levelCommitteeId: `r."id"`,
      grantEntity: `'committee'`,
      grantId: `r."id"`,
    },
    watch: ["name", "shortName", "mandate", "objectives", "legalBasis", "cadence", "decisionPrefix", "confidentiality", "archivedAt"],
  },
  {
    kind: "meeting",
    table: "Meeting",
    from: `"Meeting" r`,
    columns: {
      title: `r."title"`,
      body: words(`r."venue"`, `r."room"`, `r."chairLabel"`, `r."journalNotes"`, `r."nextMeetingNote"`),
      archived: archivedAny("r"),
      date: `r."startsAt"`,
      committeeId: `r."committeeId"`,
      agencyId: `r."chairAgencyId"`,
      linkId: `r."id"`,
      level: `r."confidentiality"`,
      levelCommitteeId: `r."committeeId"`,
      grantEntity: `'meeting'`,
      grantId: `r."id"`,
    },
    watch: ["title", "venue", "room", "chairLabel", "journalNotes", "nextMeetingNote", "startsAt", "committeeId", "chairAgencyId", "confidentiality", "archivedAt"],
  },
  {
    // An agenda item is seen by who may see both it and its meeting (its "restricted" scope is the
    // meeting's committee).
    kind: "agendaItem",
    table: "AgendaItem",
    from: `"AgendaItem" r JOIN "Meeting" m ON m."id" = r."meetingId"`,
    columns: {
      title: words(`r."label"`, `r."title"`),
      body: `r."notes"`,
      archived: archivedAny("r", "m"),
      date: `m."startsAt"`,
      committeeId: `m."committeeId"`,
      agencyId: `r."presenterAgencyId"`,
      linkId: `m."id"`,
      level: `r."confidentiality"`,
      levelCommitteeId: `m."committeeId"`,
      grantEntity: `'agendaItem'`,
      grantId: `r."id"`,
      parentLevel: `m."confidentiality"`,
      parentCommitteeId: `m."committeeId"`,
      parentGrantId: `m."id"`,
    },
    watch: ["label", "title", "notes", "presenterAgencyId", "confidentiality", "meetingId", "archivedAt"],
  },
  {
    // A statement has no level of its own: it is seen by who may see its agenda item and meeting.
    kind: "statement",
    table: "Statement",
    from: `"Statement" r JOIN "AgendaItem" i ON i."id" = r."agendaItemId" JOIN "Meeting" m ON m."id" = i."meetingId"`,
    columns: {
      title: `r."speakerLabel"`,
      body: `r."summary"`,
      archived: archivedAny("r", "i", "m"),
      date: `m."startsAt"`,
      committeeId: `m."committeeId"`,
      agencyId: `r."speakerAgencyId"`,
      linkId: `m."id"`,
      level: `i."confidentiality"`,
      levelCommitteeId: `m."committeeId"`,
      grantEntity: `'agendaItem'`,
      grantId: `i."id"`,
      parentLevel: `m."confidentiality"`,
      parentCommitteeId: `m."committeeId"`,
      parentGrantId: `m."id"`,
    },
    watch: ["speakerLabel", "summary", "speakerAgencyId", "agendaItemId", "archivedAt"],
  },
  {
    // The body is the text read from the document's current files (app/models/file-text.server.ts,
    // decision 047): a cascade below refreshes it when a file's text arrives or a file is replaced.
    kind: "document",
    table: "Document",
    from: `"Document" r`,
    columns: {
      title: `r."title"`,
      symbol: `r."symbol"`,
      body: `(SELECT group_concat(f."extractedText", ' ') FROM "DocumentFile" f WHERE f."documentId" = r."id" AND f."archivedAt" IS NULL)`,
      archived: archivedAny("r"),
      date: `r."issuedOn"`,
      committeeId: `r."committeeId"`,
      agencyId: `r."agencyId"`,
      linkId: `r."meetingId"`,
      level: `r."confidentiality"`,
      levelCommitteeId: `r."committeeId"`,
      levelAgencyId: `r."agencyId"`,
      grantEntity: `'document'`,
      grantId: `r."id"`,
    },
    watch: ["title", "symbol", "issuedOn", "committeeId", "agencyId", "meetingId", "confidentiality", "archivedAt"],
  },
  {
    // The symbol is the decision-number rule of app/domain/decision-numbering.ts (FSC.DEC/1/18).
    kind: "decision",
    table: "Decision",
    from: `"Decision" r JOIN "Committee" c ON c."id" = r."committeeId"`,
    columns: {
      title: `r."title"`,
      symbol: `CASE WHEN trim(coalesce(c."decisionPrefix", '')) <> '' THEN trim(c."decisionPrefix") || '/' || r."serial" || '/' || substr('0' || (r."year" % 100), -2) END`,
      body: `r."text"`,
      archived: archivedAny("r"),
      date: `r."decidedOn"`,
      committeeId: `r."committeeId"`,
      linkId: `r."meetingId"`,
      level: `r."confidentiality"`,
      levelCommitteeId: `r."committeeId"`,
      grantEntity: `'decision'`,
      grantId: `r."id"`,
    },
    watch: ["title", "text", "serial", "year", "decidedOn", "committeeId", "meetingId", "confidentiality", "archivedAt"],
  },
  {
    kind: "action",
    table: "Action",
    from: `"Action" r`,
    columns: {
      title: `r."title"`,
      body: `r."description"`,
      archived: archivedAny("r"),
      date: `r."dueDate"`,
      committeeId: `r."committeeId"`,
      agencyId: `r."ownerAgencyId"`,
      level: `r."confidentiality"`,
      levelCommitteeId: `r."committeeId"`,
      levelAgencyId: `r."ownerAgencyId"`,
      grantEntity: `'action'`,
      grantId: `r."id"`,
    },
    watch: ["title", "description", "dueDate", "committeeId", "ownerAgencyId", "confidentiality", "archivedAt"],
  },
  {
    kind: "obligation",
    table: "ReportingObligation",
    from: `"ReportingObligation" r`,
    columns: { title: `r."title"`, body: words(`r."description"`, `r."procedureNotes"`, `r."dueRule"`), archived: archivedAny("r"), agencyId: `r."leadAgencyId"` },
    watch: ["title", "description", "procedureNotes", "dueRule", "leadAgencyId", "archivedAt"],
  },
  {
    // Restricted handovers are scoped to the post's agency (visibleHandovers).
    kind: "handover",
    table: "Handover",
    from: `"Handover" r JOIN "Position" p ON p."id" = r."positionId"`,
    columns: {
      title: `p."title"`,
      body: words(`r."ongoingMatters"`, `r."pendingDecisions"`, `r."keyContacts"`, `r."risks"`, `r."filesLocation"`, `r."otherNotes"`),
      archived: archivedAny("r"),
      date: `coalesce(r."submittedAt", r."createdAt")`,
      agencyId: `r."agencyId"`,
      level: `r."confidentiality"`,
      levelAgencyId: `r."agencyId"`,
      grantEntity: `'handover'`,
      grantId: `r."id"`,
    },
    watch: ["positionId", "ongoingMatters", "pendingDecisions", "keyContacts", "risks", "filesLocation", "otherNotes", "submittedAt", "agencyId", "confidentiality", "archivedAt"],
  },
];

/** Entries that copy fields of another table: a change there refreshes them. */
const CASCADES: readonly { name: string; table: string; watch: string[]; kind: SearchKind; where: string }[] = [
  { name: "meeting_items", table: "Meeting", watch: ["startsAt", "committeeId", "confidentiality", "archivedAt"], kind: "agendaItem", where: `r."meetingId" = NEW."id"` },
  { name: "meeting_statements", table: "Meeting", watch: ["startsAt", "committeeId", "confidentiality", "archivedAt"], kind: "statement", where: `i."meetingId" = NEW."id"` },
  { name: "item_statements", table: "AgendaItem", watch: ["confidentiality", "meetingId", "archivedAt"], kind: "statement", where: `r."agendaItemId" = NEW."id"` },
  { name: "committee_decisions", table: "Committee", watch: ["decisionPrefix"], kind: "decision", where: `r."committeeId" = NEW."id"` },
  { name: "position_handovers", table: "Position", watch: ["title"], kind: "handover", where: `r."positionId" = NEW."id"` },
  // A file's text read, or the file replaced (archived): its document's body changes.
  { name: "file_document", table: "DocumentFile", watch: ["extractedText", "archivedAt"], kind: "document", where: `r."id" = NEW."documentId"` },
];

function definition(kind: SearchKind): Definition {
  const found = DEFINITIONS.find((d) => d.kind === kind);
  if (!found) throw new Error(`No search definition for ${kind}`);
  return found;
}

const quoted = (column: string) => `"${column}"`;

/** INSERT … SELECT of the entries of one kind matching `where`, replacing existing ones. */
export function upsertEntriesSql(kind: SearchKind, where: string | null): string {
  const d = definition(kind);
  const values = ENTRY_COLUMNS.map((column) => {
    if (column === "kind") return `'${d.kind}'`;
    if (column === "recordId") return `r."id"`;
    return d.columns[column] ?? "NULL";
  });
  const updates = ENTRY_COLUMNS.filter((c) => c !== "kind" && c !== "recordId")
    .map((c) => `${quoted(c)} = excluded.${quoted(c)}`)
    .join(", ");
  // "WHERE true" resolves the parsing ambiguity of INSERT … SELECT … ON CONFLICT (SQLite's UPSERT docs).
  return (
    `INSERT INTO "SearchEntry" (${ENTRY_COLUMNS.map(quoted).join(", ")})\n` +
    `  SELECT ${values.join(", ")}\n  FROM ${d.from}\n  WHERE ${where ?? "true"}\n` +
    `  ON CONFLICT ("kind", "recordId") DO UPDATE SET ${updates}`
  );
}

/** The name of every trigger the search index owns (they all start with "search_"). */
export const TRIGGER_PREFIX = "search_";

/** CREATE TRIGGER statements: source tables → SearchEntry → search_fts. */
export function triggerStatements(): { name: string; sql: string }[] {
  const out: { name: string; sql: string }[] = [];
  for (const d of DEFINITIONS) {
    const base = `${TRIGGER_PREFIX}${d.kind}`;
    out.push({
      name: `${base}_insert`,
      sql: `CREATE TRIGGER "${base}_insert" AFTER INSERT ON "${d.table}" BEGIN\n  ${upsertEntriesSql(d.kind, `r."id" = NEW."id"`)};\nEND`,
    });
    out.push({
      name: `${base}_update`,
      sql: `CREATE TRIGGER "${base}_update" AFTER UPDATE OF ${d.watch.map(quoted).join(", ")} ON "${d.table}" BEGIN\n  ${upsertEntriesSql(d.kind, `r."id" = NEW."id"`)};\nEND`,
    });
  }
  for (const c of CASCADES) {
    const name = `${TRIGGER_PREFIX}cascade_${c.name}`;
    out.push({
      name,
      sql: `CREATE TRIGGER "${name}" AFTER UPDATE OF ${c.watch.map(quoted).join(", ")} ON "${c.table}" BEGIN\n  ${upsertEntriesSql(c.kind, c.where)};\nEND`,
    });
  }
  // One FTS5 external-content table per kind follows SearchEntry (the pattern of the FTS5
  // documentation, routed by the entry's kind: an entry never changes kind).
  for (const kind of SEARCH_KINDS) out.push(...ftsTriggerStatements(kind));
  return out;
}

/**
 * The FTS5 table of one kind. One table per kind (docs/decisions/039-search-per-kind-and-bounded.md):
 * a kind's matches are read without touching the others', so counting and ranking one kind costs
 * what that kind holds. unicode61 with remove_diacritics 2 folds case and accents ("controle" finds
 * "Contrôle") for French and English alike; "." and "/" separate tokens, so a symbol (FSC.DEC/1/18)
 * is a phrase of tokens and a symbol prefix a phrase with a prefix last token.
 */
export function ftsTable(kind: SearchKind): string {
  return `search_fts_${kind}`;
}

export function ftsTableSql(kind: SearchKind): string {
  return (
    `CREATE VIRTUAL TABLE "${ftsTable(kind)}" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', ` +
    `tokenize = 'unicode61 remove_diacritics 2')`
  );
}

/** The tables FTS5 creates for the kinds' tables; Prisma Migrate is told to leave them alone (prisma.config.ts). */
export const FTS_TABLES: readonly string[] = SEARCH_KINDS.flatMap((kind) =>
  ["", "_config", "_data", "_docsize", "_idx"].map((suffix) => `${ftsTable(kind)}${suffix}`),
);

const FTS_COLUMNS = `"title", "symbol", "body"`;
const NEW_VALUES = `NEW."title", NEW."symbol", NEW."body"`;
const OLD_VALUES = `OLD."title", OLD."symbol", OLD."body"`;

function ftsTriggerStatements(kind: SearchKind): { name: string; sql: string }[] {
  const table = `"${ftsTable(kind)}"`;
  const base = `${TRIGGER_PREFIX}fts_${kind}`;
  return [
    {
      name: `${base}_insert`,
      sql: `CREATE TRIGGER "${base}_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = '${kind}' BEGIN\n  INSERT INTO ${table} ("rowid", ${FTS_COLUMNS}) VALUES (NEW."id", ${NEW_VALUES});\nEND`,
    },
    {
      name: `${base}_delete`,
      sql: `CREATE TRIGGER "${base}_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = '${kind}' BEGIN\n  INSERT INTO ${table} (${table}, "rowid", ${FTS_COLUMNS}) VALUES ('delete', OLD."id", ${OLD_VALUES});\nEND`,
    },
    {
      name: `${base}_update`,
      sql:
        // Only when the indexed text really changed: the entry's upsert assigns every column.
        `CREATE TRIGGER "${base}_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" ` +
        `WHEN OLD."kind" = '${kind}' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN\n` +
        `  INSERT INTO ${table} (${table}, "rowid", ${FTS_COLUMNS}) VALUES ('delete', OLD."id", ${OLD_VALUES});\n` +
        `  INSERT INTO ${table} ("rowid", ${FTS_COLUMNS}) VALUES (NEW."id", ${NEW_VALUES});\nEND`,
    },
  ];
}

const isFtsTrigger = (name: string) => name.startsWith(`${TRIGGER_PREFIX}fts_`);

/** Every kind's FTS index filled from the entries of that kind, in one pass per kind, then merged into one segment. */
function fillFtsStatements(): string[] {
  return SEARCH_KINDS.flatMap((kind) => [
    `INSERT INTO "${ftsTable(kind)}" ("rowid", ${FTS_COLUMNS}) SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = '${kind}'`,
    `INSERT INTO "${ftsTable(kind)}" ("${ftsTable(kind)}") VALUES ('optimize')`,
  ]);
}

/**
 * Every entry rebuilt from the records, then the FTS indexes rebuilt from the entries in one pass (the
 * SearchEntry → FTS triggers are set aside meanwhile, so rows are not indexed one by one).
 * Run inside one transaction.
 */
export function rebuildStatements(): string[] {
  const ftsTriggers = triggerStatements().filter((t) => isFtsTrigger(t.name));
  return [
    ...ftsTriggers.map((t) => `DROP TRIGGER IF EXISTS "${t.name}"`),
    `DELETE FROM "SearchEntry"`,
    ...DEFINITIONS.map((d) => upsertEntriesSql(d.kind, null)),
    ...SEARCH_KINDS.map((kind) => `INSERT INTO "${ftsTable(kind)}" ("${ftsTable(kind)}") VALUES ('delete-all')`),
    ...fillFtsStatements(),
    ...ftsTriggers.map((t) => t.sql),
  ];
}

/**
 * What migration 20261202150000_search_per_kind does: the single FTS table of the first search
 * migration and its three triggers replaced by one table per kind, filled from the entries.
 */
export function perKindMigrationSql(): string {
  const parts = [
    `-- Search: one FTS5 table per kind instead of one for all (app/search/index-definition.ts,\n-- docs/decisions/039-search-per-kind-and-bounded.md). Written by \`npm run search:sql -- per-kind\`.`,
    ...["fts_insert", "fts_delete", "fts_update"].map((t) => `DROP TRIGGER IF EXISTS "${TRIGGER_PREFIX}${t}";`),
    `DROP TABLE IF EXISTS "search_fts";`,
    ...SEARCH_KINDS.map((kind) => `${ftsTableSql(kind)};`),
    ...fillFtsStatements().map((sql) => `${sql};`),
    ...triggerStatements()
      .filter((t) => isFtsTrigger(t.name))
      .map((t) => `${t.sql};`),
  ];
  return parts.join("\n\n") + "\n";
}

/** Every trigger of the search index, as a migration that rebuilds an indexed table must repeat them. */
export function triggersSql(): string {
  return triggerStatements()
    .map((t) => `${t.sql};`)
    .join("\n\n") + "\n";
}
