-- Search: one FTS5 table per kind instead of one for all (app/search/index-definition.ts,
-- docs/decisions/039-search-per-kind-and-bounded.md). Written by `npm run search:sql -- per-kind`.

DROP TRIGGER IF EXISTS "search_fts_insert";

DROP TRIGGER IF EXISTS "search_fts_delete";

DROP TRIGGER IF EXISTS "search_fts_update";

DROP TABLE IF EXISTS "search_fts";

CREATE VIRTUAL TABLE "search_fts_document" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE "search_fts_decision" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE "search_fts_statement" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE "search_fts_agendaItem" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE "search_fts_meeting" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE "search_fts_action" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE "search_fts_committee" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE "search_fts_obligation" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE "search_fts_handover" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE "search_fts_responsibility" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE "search_fts_agency" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE "search_fts_position" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE "search_fts_person" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO "search_fts_document" ("rowid", "title", "symbol", "body") SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = 'document';

INSERT INTO "search_fts_document" ("search_fts_document") VALUES ('optimize');

INSERT INTO "search_fts_decision" ("rowid", "title", "symbol", "body") SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = 'decision';

INSERT INTO "search_fts_decision" ("search_fts_decision") VALUES ('optimize');

INSERT INTO "search_fts_statement" ("rowid", "title", "symbol", "body") SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = 'statement';

INSERT INTO "search_fts_statement" ("search_fts_statement") VALUES ('optimize');

INSERT INTO "search_fts_agendaItem" ("rowid", "title", "symbol", "body") SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = 'agendaItem';

INSERT INTO "search_fts_agendaItem" ("search_fts_agendaItem") VALUES ('optimize');

INSERT INTO "search_fts_meeting" ("rowid", "title", "symbol", "body") SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = 'meeting';

INSERT INTO "search_fts_meeting" ("search_fts_meeting") VALUES ('optimize');

INSERT INTO "search_fts_action" ("rowid", "title", "symbol", "body") SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = 'action';

INSERT INTO "search_fts_action" ("search_fts_action") VALUES ('optimize');

INSERT INTO "search_fts_committee" ("rowid", "title", "symbol", "body") SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = 'committee';

INSERT INTO "search_fts_committee" ("search_fts_committee") VALUES ('optimize');

INSERT INTO "search_fts_obligation" ("rowid", "title", "symbol", "body") SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = 'obligation';

INSERT INTO "search_fts_obligation" ("search_fts_obligation") VALUES ('optimize');

INSERT INTO "search_fts_handover" ("rowid", "title", "symbol", "body") SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = 'handover';

INSERT INTO "search_fts_handover" ("search_fts_handover") VALUES ('optimize');

INSERT INTO "search_fts_responsibility" ("rowid", "title", "symbol", "body") SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = 'responsibility';

INSERT INTO "search_fts_responsibility" ("search_fts_responsibility") VALUES ('optimize');

INSERT INTO "search_fts_agency" ("rowid", "title", "symbol", "body") SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = 'agency';

INSERT INTO "search_fts_agency" ("search_fts_agency") VALUES ('optimize');

INSERT INTO "search_fts_position" ("rowid", "title", "symbol", "body") SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = 'position';

INSERT INTO "search_fts_position" ("search_fts_position") VALUES ('optimize');

INSERT INTO "search_fts_person" ("rowid", "title", "symbol", "body") SELECT "id", "title", "symbol", "body" FROM "SearchEntry" WHERE "kind" = 'person';

INSERT INTO "search_fts_person" ("search_fts_person") VALUES ('optimize');

CREATE TRIGGER "search_fts_document_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = 'document' BEGIN
  INSERT INTO "search_fts_document" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_document_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = 'document' BEGIN
  INSERT INTO "search_fts_document" ("search_fts_document", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_document_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" WHEN OLD."kind" = 'document' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN
  INSERT INTO "search_fts_document" ("search_fts_document", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts_document" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_decision_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = 'decision' BEGIN
  INSERT INTO "search_fts_decision" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_decision_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = 'decision' BEGIN
  INSERT INTO "search_fts_decision" ("search_fts_decision", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_decision_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" WHEN OLD."kind" = 'decision' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN
  INSERT INTO "search_fts_decision" ("search_fts_decision", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts_decision" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_statement_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = 'statement' BEGIN
  INSERT INTO "search_fts_statement" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_statement_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = 'statement' BEGIN
  INSERT INTO "search_fts_statement" ("search_fts_statement", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_statement_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" WHEN OLD."kind" = 'statement' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN
  INSERT INTO "search_fts_statement" ("search_fts_statement", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts_statement" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_agendaItem_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = 'agendaItem' BEGIN
  INSERT INTO "search_fts_agendaItem" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_agendaItem_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = 'agendaItem' BEGIN
  INSERT INTO "search_fts_agendaItem" ("search_fts_agendaItem", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_agendaItem_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" WHEN OLD."kind" = 'agendaItem' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN
  INSERT INTO "search_fts_agendaItem" ("search_fts_agendaItem", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts_agendaItem" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_meeting_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = 'meeting' BEGIN
  INSERT INTO "search_fts_meeting" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_meeting_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = 'meeting' BEGIN
  INSERT INTO "search_fts_meeting" ("search_fts_meeting", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_meeting_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" WHEN OLD."kind" = 'meeting' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN
  INSERT INTO "search_fts_meeting" ("search_fts_meeting", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts_meeting" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_action_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = 'action' BEGIN
  INSERT INTO "search_fts_action" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_action_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = 'action' BEGIN
  INSERT INTO "search_fts_action" ("search_fts_action", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_action_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" WHEN OLD."kind" = 'action' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN
  INSERT INTO "search_fts_action" ("search_fts_action", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts_action" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_committee_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = 'committee' BEGIN
  INSERT INTO "search_fts_committee" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_committee_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = 'committee' BEGIN
  INSERT INTO "search_fts_committee" ("search_fts_committee", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_committee_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" WHEN OLD."kind" = 'committee' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN
  INSERT INTO "search_fts_committee" ("search_fts_committee", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts_committee" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_obligation_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = 'obligation' BEGIN
  INSERT INTO "search_fts_obligation" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_obligation_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = 'obligation' BEGIN
  INSERT INTO "search_fts_obligation" ("search_fts_obligation", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_obligation_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" WHEN OLD."kind" = 'obligation' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN
  INSERT INTO "search_fts_obligation" ("search_fts_obligation", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts_obligation" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_handover_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = 'handover' BEGIN
  INSERT INTO "search_fts_handover" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_handover_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = 'handover' BEGIN
  INSERT INTO "search_fts_handover" ("search_fts_handover", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_handover_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" WHEN OLD."kind" = 'handover' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN
  INSERT INTO "search_fts_handover" ("search_fts_handover", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts_handover" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_responsibility_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = 'responsibility' BEGIN
  INSERT INTO "search_fts_responsibility" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_responsibility_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = 'responsibility' BEGIN
  INSERT INTO "search_fts_responsibility" ("search_fts_responsibility", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_responsibility_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" WHEN OLD."kind" = 'responsibility' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN
  INSERT INTO "search_fts_responsibility" ("search_fts_responsibility", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts_responsibility" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_agency_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = 'agency' BEGIN
  INSERT INTO "search_fts_agency" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_agency_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = 'agency' BEGIN
  INSERT INTO "search_fts_agency" ("search_fts_agency", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_agency_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" WHEN OLD."kind" = 'agency' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN
  INSERT INTO "search_fts_agency" ("search_fts_agency", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts_agency" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_position_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = 'position' BEGIN
  INSERT INTO "search_fts_position" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_position_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = 'position' BEGIN
  INSERT INTO "search_fts_position" ("search_fts_position", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_position_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" WHEN OLD."kind" = 'position' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN
  INSERT INTO "search_fts_position" ("search_fts_position", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts_position" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_person_insert" AFTER INSERT ON "SearchEntry" WHEN NEW."kind" = 'person' BEGIN
  INSERT INTO "search_fts_person" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_person_delete" AFTER DELETE ON "SearchEntry" WHEN OLD."kind" = 'person' BEGIN
  INSERT INTO "search_fts_person" ("search_fts_person", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_person_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" WHEN OLD."kind" = 'person' AND (OLD."title" IS NOT NEW."title" OR OLD."symbol" IS NOT NEW."symbol" OR OLD."body" IS NOT NEW."body") BEGIN
  INSERT INTO "search_fts_person" ("search_fts_person", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts_person" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;
