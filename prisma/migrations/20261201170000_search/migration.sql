-- CreateTable
CREATE TABLE "SearchEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "symbol" TEXT,
    "body" TEXT,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "date" DATETIME,
    "committeeId" TEXT,
    "agencyId" TEXT,
    "linkId" TEXT,
    "level" TEXT,
    "levelCommitteeId" TEXT,
    "levelAgencyId" TEXT,
    "grantEntity" TEXT,
    "grantId" TEXT,
    "parentLevel" TEXT,
    "parentCommitteeId" TEXT,
    "parentGrantId" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchEntry_kind_recordId_key" ON "SearchEntry"("kind", "recordId");


-- Full-text search (app/search/index-definition.ts, docs/decisions/023-search-index.md): the FTS5 table
-- over SearchEntry (external content), the records that exist already, and the triggers that keep it in step.

CREATE VIRTUAL TABLE "search_fts" USING fts5("title", "symbol", "body", content = 'SearchEntry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'agency', r."id", r."name", r."acronym", trim(concat_ws(' ', r."mandate", r."address", r."email", r."website")), r."archivedAt" IS NOT NULL, NULL, NULL, r."id", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "Agency" r
  WHERE true
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";

INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'person', r."id", trim(concat_ws(' ', r."givenName", r."familyName")), NULL, trim(concat_ws(' ', r."honorific", r."email", r."notes")), r."archivedAt" IS NOT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "Person" r
  WHERE true
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";

INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'position', r."id", r."title", NULL, trim(concat_ws(' ', r."description", r."functionalEmail")), r."archivedAt" IS NOT NULL, NULL, NULL, r."agencyId", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "Position" r
  WHERE true
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";

INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'responsibility', r."id", r."title", NULL, r."description", r."archivedAt" IS NOT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "Responsibility" r
  WHERE true
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";

INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'committee', r."id", r."name", r."shortName", trim(concat_ws(' ', r."mandate", r."objectives", r."legalBasis", r."cadence", r."decisionPrefix")), r."archivedAt" IS NOT NULL, NULL, r."id", NULL, NULL, r."confidentiality", r."id", NULL, 'committee', r."id", NULL, NULL, NULL
  FROM "Committee" r
  WHERE true
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";

INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'meeting', r."id", r."title", NULL, trim(concat_ws(' ', r."venue", r."room", r."chairLabel", r."journalNotes", r."nextMeetingNote")), r."archivedAt" IS NOT NULL, r."startsAt", r."committeeId", r."chairAgencyId", r."id", r."confidentiality", r."committeeId", NULL, 'meeting', r."id", NULL, NULL, NULL
  FROM "Meeting" r
  WHERE true
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";

INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'agendaItem', r."id", trim(concat_ws(' ', r."label", r."title")), NULL, r."notes", r."archivedAt" IS NOT NULL OR m."archivedAt" IS NOT NULL, m."startsAt", m."committeeId", r."presenterAgencyId", m."id", r."confidentiality", m."committeeId", NULL, 'agendaItem', r."id", m."confidentiality", m."committeeId", m."id"
  FROM "AgendaItem" r JOIN "Meeting" m ON m."id" = r."meetingId"
  WHERE true
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";

INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'statement', r."id", r."speakerLabel", NULL, r."summary", r."archivedAt" IS NOT NULL OR i."archivedAt" IS NOT NULL OR m."archivedAt" IS NOT NULL, m."startsAt", m."committeeId", r."speakerAgencyId", m."id", i."confidentiality", m."committeeId", NULL, 'agendaItem', i."id", m."confidentiality", m."committeeId", m."id"
  FROM "Statement" r JOIN "AgendaItem" i ON i."id" = r."agendaItemId" JOIN "Meeting" m ON m."id" = i."meetingId"
  WHERE true
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";

INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'document', r."id", r."title", r."symbol", NULL, r."archivedAt" IS NOT NULL, r."issuedOn", r."committeeId", r."agencyId", r."meetingId", r."confidentiality", r."committeeId", r."agencyId", 'document', r."id", NULL, NULL, NULL
  FROM "Document" r
  WHERE true
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";

INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'decision', r."id", r."title", CASE WHEN trim(coalesce(c."decisionPrefix", '')) <> '' THEN trim(c."decisionPrefix") || '/' || r."serial" || '/' || substr('0' || (r."year" % 100), -2) END, r."text", r."archivedAt" IS NOT NULL, r."decidedOn", r."committeeId", NULL, r."meetingId", r."confidentiality", r."committeeId", NULL, 'decision', r."id", NULL, NULL, NULL
  FROM "Decision" r JOIN "Committee" c ON c."id" = r."committeeId"
  WHERE true
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";

INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'action', r."id", r."title", NULL, r."description", r."archivedAt" IS NOT NULL, r."dueDate", r."committeeId", r."ownerAgencyId", NULL, r."confidentiality", r."committeeId", r."ownerAgencyId", 'action', r."id", NULL, NULL, NULL
  FROM "Action" r
  WHERE true
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";

INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'obligation', r."id", r."title", NULL, trim(concat_ws(' ', r."description", r."procedureNotes", r."dueRule")), r."archivedAt" IS NOT NULL, NULL, NULL, r."leadAgencyId", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "ReportingObligation" r
  WHERE true
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";

INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'handover', r."id", p."title", NULL, trim(concat_ws(' ', r."ongoingMatters", r."pendingDecisions", r."keyContacts", r."risks", r."filesLocation", r."otherNotes")), r."archivedAt" IS NOT NULL, coalesce(r."submittedAt", r."createdAt"), NULL, r."agencyId", NULL, r."confidentiality", NULL, r."agencyId", 'handover', r."id", NULL, NULL, NULL
  FROM "Handover" r JOIN "Position" p ON p."id" = r."positionId"
  WHERE true
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";

INSERT INTO "search_fts" ("search_fts") VALUES ('rebuild');

CREATE TRIGGER "search_agency_insert" AFTER INSERT ON "Agency" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'agency', r."id", r."name", r."acronym", trim(concat_ws(' ', r."mandate", r."address", r."email", r."website")), r."archivedAt" IS NOT NULL, NULL, NULL, r."id", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "Agency" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_agency_update" AFTER UPDATE OF "name", "acronym", "mandate", "address", "email", "website", "archivedAt" ON "Agency" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'agency', r."id", r."name", r."acronym", trim(concat_ws(' ', r."mandate", r."address", r."email", r."website")), r."archivedAt" IS NOT NULL, NULL, NULL, r."id", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "Agency" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_person_insert" AFTER INSERT ON "Person" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'person', r."id", trim(concat_ws(' ', r."givenName", r."familyName")), NULL, trim(concat_ws(' ', r."honorific", r."email", r."notes")), r."archivedAt" IS NOT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "Person" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_person_update" AFTER UPDATE OF "honorific", "givenName", "familyName", "email", "notes", "archivedAt" ON "Person" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'person', r."id", trim(concat_ws(' ', r."givenName", r."familyName")), NULL, trim(concat_ws(' ', r."honorific", r."email", r."notes")), r."archivedAt" IS NOT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "Person" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_position_insert" AFTER INSERT ON "Position" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'position', r."id", r."title", NULL, trim(concat_ws(' ', r."description", r."functionalEmail")), r."archivedAt" IS NOT NULL, NULL, NULL, r."agencyId", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "Position" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_position_update" AFTER UPDATE OF "title", "description", "functionalEmail", "agencyId", "archivedAt" ON "Position" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'position', r."id", r."title", NULL, trim(concat_ws(' ', r."description", r."functionalEmail")), r."archivedAt" IS NOT NULL, NULL, NULL, r."agencyId", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "Position" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_responsibility_insert" AFTER INSERT ON "Responsibility" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'responsibility', r."id", r."title", NULL, r."description", r."archivedAt" IS NOT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "Responsibility" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_responsibility_update" AFTER UPDATE OF "title", "description", "archivedAt" ON "Responsibility" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'responsibility', r."id", r."title", NULL, r."description", r."archivedAt" IS NOT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "Responsibility" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_committee_insert" AFTER INSERT ON "Committee" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'committee', r."id", r."name", r."shortName", trim(concat_ws(' ', r."mandate", r."objectives", r."legalBasis", r."cadence", r."decisionPrefix")), r."archivedAt" IS NOT NULL, NULL, r."id", NULL, NULL, r."confidentiality", r."id", NULL, 'committee', r."id", NULL, NULL, NULL
  FROM "Committee" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_committee_update" AFTER UPDATE OF "name", "shortName", "mandate", "objectives", "legalBasis", "cadence", "decisionPrefix", "confidentiality", "archivedAt" ON "Committee" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'committee', r."id", r."name", r."shortName", trim(concat_ws(' ', r."mandate", r."objectives", r."legalBasis", r."cadence", r."decisionPrefix")), r."archivedAt" IS NOT NULL, NULL, r."id", NULL, NULL, r."confidentiality", r."id", NULL, 'committee', r."id", NULL, NULL, NULL
  FROM "Committee" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_meeting_insert" AFTER INSERT ON "Meeting" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'meeting', r."id", r."title", NULL, trim(concat_ws(' ', r."venue", r."room", r."chairLabel", r."journalNotes", r."nextMeetingNote")), r."archivedAt" IS NOT NULL, r."startsAt", r."committeeId", r."chairAgencyId", r."id", r."confidentiality", r."committeeId", NULL, 'meeting', r."id", NULL, NULL, NULL
  FROM "Meeting" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_meeting_update" AFTER UPDATE OF "title", "venue", "room", "chairLabel", "journalNotes", "nextMeetingNote", "startsAt", "committeeId", "chairAgencyId", "confidentiality", "archivedAt" ON "Meeting" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'meeting', r."id", r."title", NULL, trim(concat_ws(' ', r."venue", r."room", r."chairLabel", r."journalNotes", r."nextMeetingNote")), r."archivedAt" IS NOT NULL, r."startsAt", r."committeeId", r."chairAgencyId", r."id", r."confidentiality", r."committeeId", NULL, 'meeting', r."id", NULL, NULL, NULL
  FROM "Meeting" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_agendaItem_insert" AFTER INSERT ON "AgendaItem" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'agendaItem', r."id", trim(concat_ws(' ', r."label", r."title")), NULL, r."notes", r."archivedAt" IS NOT NULL OR m."archivedAt" IS NOT NULL, m."startsAt", m."committeeId", r."presenterAgencyId", m."id", r."confidentiality", m."committeeId", NULL, 'agendaItem', r."id", m."confidentiality", m."committeeId", m."id"
  FROM "AgendaItem" r JOIN "Meeting" m ON m."id" = r."meetingId"
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_agendaItem_update" AFTER UPDATE OF "label", "title", "notes", "presenterAgencyId", "confidentiality", "meetingId", "archivedAt" ON "AgendaItem" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'agendaItem', r."id", trim(concat_ws(' ', r."label", r."title")), NULL, r."notes", r."archivedAt" IS NOT NULL OR m."archivedAt" IS NOT NULL, m."startsAt", m."committeeId", r."presenterAgencyId", m."id", r."confidentiality", m."committeeId", NULL, 'agendaItem', r."id", m."confidentiality", m."committeeId", m."id"
  FROM "AgendaItem" r JOIN "Meeting" m ON m."id" = r."meetingId"
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_statement_insert" AFTER INSERT ON "Statement" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'statement', r."id", r."speakerLabel", NULL, r."summary", r."archivedAt" IS NOT NULL OR i."archivedAt" IS NOT NULL OR m."archivedAt" IS NOT NULL, m."startsAt", m."committeeId", r."speakerAgencyId", m."id", i."confidentiality", m."committeeId", NULL, 'agendaItem', i."id", m."confidentiality", m."committeeId", m."id"
  FROM "Statement" r JOIN "AgendaItem" i ON i."id" = r."agendaItemId" JOIN "Meeting" m ON m."id" = i."meetingId"
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_statement_update" AFTER UPDATE OF "speakerLabel", "summary", "speakerAgencyId", "agendaItemId", "archivedAt" ON "Statement" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'statement', r."id", r."speakerLabel", NULL, r."summary", r."archivedAt" IS NOT NULL OR i."archivedAt" IS NOT NULL OR m."archivedAt" IS NOT NULL, m."startsAt", m."committeeId", r."speakerAgencyId", m."id", i."confidentiality", m."committeeId", NULL, 'agendaItem', i."id", m."confidentiality", m."committeeId", m."id"
  FROM "Statement" r JOIN "AgendaItem" i ON i."id" = r."agendaItemId" JOIN "Meeting" m ON m."id" = i."meetingId"
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_document_insert" AFTER INSERT ON "Document" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'document', r."id", r."title", r."symbol", NULL, r."archivedAt" IS NOT NULL, r."issuedOn", r."committeeId", r."agencyId", r."meetingId", r."confidentiality", r."committeeId", r."agencyId", 'document', r."id", NULL, NULL, NULL
  FROM "Document" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_document_update" AFTER UPDATE OF "title", "symbol", "issuedOn", "committeeId", "agencyId", "meetingId", "confidentiality", "archivedAt" ON "Document" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'document', r."id", r."title", r."symbol", NULL, r."archivedAt" IS NOT NULL, r."issuedOn", r."committeeId", r."agencyId", r."meetingId", r."confidentiality", r."committeeId", r."agencyId", 'document', r."id", NULL, NULL, NULL
  FROM "Document" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_decision_insert" AFTER INSERT ON "Decision" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'decision', r."id", r."title", CASE WHEN trim(coalesce(c."decisionPrefix", '')) <> '' THEN trim(c."decisionPrefix") || '/' || r."serial" || '/' || substr('0' || (r."year" % 100), -2) END, r."text", r."archivedAt" IS NOT NULL, r."decidedOn", r."committeeId", NULL, r."meetingId", r."confidentiality", r."committeeId", NULL, 'decision', r."id", NULL, NULL, NULL
  FROM "Decision" r JOIN "Committee" c ON c."id" = r."committeeId"
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_decision_update" AFTER UPDATE OF "title", "text", "serial", "year", "decidedOn", "committeeId", "meetingId", "confidentiality", "archivedAt" ON "Decision" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'decision', r."id", r."title", CASE WHEN trim(coalesce(c."decisionPrefix", '')) <> '' THEN trim(c."decisionPrefix") || '/' || r."serial" || '/' || substr('0' || (r."year" % 100), -2) END, r."text", r."archivedAt" IS NOT NULL, r."decidedOn", r."committeeId", NULL, r."meetingId", r."confidentiality", r."committeeId", NULL, 'decision', r."id", NULL, NULL, NULL
  FROM "Decision" r JOIN "Committee" c ON c."id" = r."committeeId"
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_action_insert" AFTER INSERT ON "Action" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'action', r."id", r."title", NULL, r."description", r."archivedAt" IS NOT NULL, r."dueDate", r."committeeId", r."ownerAgencyId", NULL, r."confidentiality", r."committeeId", r."ownerAgencyId", 'action', r."id", NULL, NULL, NULL
  FROM "Action" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_action_update" AFTER UPDATE OF "title", "description", "dueDate", "committeeId", "ownerAgencyId", "confidentiality", "archivedAt" ON "Action" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'action', r."id", r."title", NULL, r."description", r."archivedAt" IS NOT NULL, r."dueDate", r."committeeId", r."ownerAgencyId", NULL, r."confidentiality", r."committeeId", r."ownerAgencyId", 'action', r."id", NULL, NULL, NULL
  FROM "Action" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_obligation_insert" AFTER INSERT ON "ReportingObligation" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'obligation', r."id", r."title", NULL, trim(concat_ws(' ', r."description", r."procedureNotes", r."dueRule")), r."archivedAt" IS NOT NULL, NULL, NULL, r."leadAgencyId", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "ReportingObligation" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_obligation_update" AFTER UPDATE OF "title", "description", "procedureNotes", "dueRule", "leadAgencyId", "archivedAt" ON "ReportingObligation" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'obligation', r."id", r."title", NULL, trim(concat_ws(' ', r."description", r."procedureNotes", r."dueRule")), r."archivedAt" IS NOT NULL, NULL, NULL, r."leadAgencyId", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM "ReportingObligation" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_handover_insert" AFTER INSERT ON "Handover" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'handover', r."id", p."title", NULL, trim(concat_ws(' ', r."ongoingMatters", r."pendingDecisions", r."keyContacts", r."risks", r."filesLocation", r."otherNotes")), r."archivedAt" IS NOT NULL, coalesce(r."submittedAt", r."createdAt"), NULL, r."agencyId", NULL, r."confidentiality", NULL, r."agencyId", 'handover', r."id", NULL, NULL, NULL
  FROM "Handover" r JOIN "Position" p ON p."id" = r."positionId"
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_handover_update" AFTER UPDATE OF "positionId", "ongoingMatters", "pendingDecisions", "keyContacts", "risks", "filesLocation", "otherNotes", "submittedAt", "agencyId", "confidentiality", "archivedAt" ON "Handover" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'handover', r."id", p."title", NULL, trim(concat_ws(' ', r."ongoingMatters", r."pendingDecisions", r."keyContacts", r."risks", r."filesLocation", r."otherNotes")), r."archivedAt" IS NOT NULL, coalesce(r."submittedAt", r."createdAt"), NULL, r."agencyId", NULL, r."confidentiality", NULL, r."agencyId", 'handover', r."id", NULL, NULL, NULL
  FROM "Handover" r JOIN "Position" p ON p."id" = r."positionId"
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_cascade_meeting_items" AFTER UPDATE OF "startsAt", "committeeId", "confidentiality", "archivedAt" ON "Meeting" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'agendaItem', r."id", trim(concat_ws(' ', r."label", r."title")), NULL, r."notes", r."archivedAt" IS NOT NULL OR m."archivedAt" IS NOT NULL, m."startsAt", m."committeeId", r."presenterAgencyId", m."id", r."confidentiality", m."committeeId", NULL, 'agendaItem', r."id", m."confidentiality", m."committeeId", m."id"
  FROM "AgendaItem" r JOIN "Meeting" m ON m."id" = r."meetingId"
  WHERE r."meetingId" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_cascade_meeting_statements" AFTER UPDATE OF "startsAt", "committeeId", "confidentiality", "archivedAt" ON "Meeting" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'statement', r."id", r."speakerLabel", NULL, r."summary", r."archivedAt" IS NOT NULL OR i."archivedAt" IS NOT NULL OR m."archivedAt" IS NOT NULL, m."startsAt", m."committeeId", r."speakerAgencyId", m."id", i."confidentiality", m."committeeId", NULL, 'agendaItem', i."id", m."confidentiality", m."committeeId", m."id"
  FROM "Statement" r JOIN "AgendaItem" i ON i."id" = r."agendaItemId" JOIN "Meeting" m ON m."id" = i."meetingId"
  WHERE i."meetingId" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_cascade_item_statements" AFTER UPDATE OF "confidentiality", "meetingId", "archivedAt" ON "AgendaItem" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'statement', r."id", r."speakerLabel", NULL, r."summary", r."archivedAt" IS NOT NULL OR i."archivedAt" IS NOT NULL OR m."archivedAt" IS NOT NULL, m."startsAt", m."committeeId", r."speakerAgencyId", m."id", i."confidentiality", m."committeeId", NULL, 'agendaItem', i."id", m."confidentiality", m."committeeId", m."id"
  FROM "Statement" r JOIN "AgendaItem" i ON i."id" = r."agendaItemId" JOIN "Meeting" m ON m."id" = i."meetingId"
  WHERE r."agendaItemId" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_cascade_committee_decisions" AFTER UPDATE OF "decisionPrefix" ON "Committee" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'decision', r."id", r."title", CASE WHEN trim(coalesce(c."decisionPrefix", '')) <> '' THEN trim(c."decisionPrefix") || '/' || r."serial" || '/' || substr('0' || (r."year" % 100), -2) END, r."text", r."archivedAt" IS NOT NULL, r."decidedOn", r."committeeId", NULL, r."meetingId", r."confidentiality", r."committeeId", NULL, 'decision', r."id", NULL, NULL, NULL
  FROM "Decision" r JOIN "Committee" c ON c."id" = r."committeeId"
  WHERE r."committeeId" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_cascade_position_handovers" AFTER UPDATE OF "title" ON "Position" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'handover', r."id", p."title", NULL, trim(concat_ws(' ', r."ongoingMatters", r."pendingDecisions", r."keyContacts", r."risks", r."filesLocation", r."otherNotes")), r."archivedAt" IS NOT NULL, coalesce(r."submittedAt", r."createdAt"), NULL, r."agencyId", NULL, r."confidentiality", NULL, r."agencyId", 'handover', r."id", NULL, NULL, NULL
  FROM "Handover" r JOIN "Position" p ON p."id" = r."positionId"
  WHERE r."positionId" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_fts_insert" AFTER INSERT ON "SearchEntry" BEGIN
  INSERT INTO "search_fts" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;

CREATE TRIGGER "search_fts_delete" AFTER DELETE ON "SearchEntry" BEGIN
  INSERT INTO "search_fts" ("search_fts", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
END;

CREATE TRIGGER "search_fts_update" AFTER UPDATE OF "title", "symbol", "body" ON "SearchEntry" BEGIN
  INSERT INTO "search_fts" ("search_fts", "rowid", "title", "symbol", "body") VALUES ('delete', OLD."id", OLD."title", OLD."symbol", OLD."body");
  INSERT INTO "search_fts" ("rowid", "title", "symbol", "body") VALUES (NEW."id", NEW."title", NEW."symbol", NEW."body");
END;
