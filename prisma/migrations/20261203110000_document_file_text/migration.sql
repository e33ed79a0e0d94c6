-- Uploaded files' text in search (docs/decisions/047-file-text-in-search.md): DocumentFile gets the text
-- read from it and where reading stands (ADD COLUMN only: a rebuilt table would lose its triggers);
-- a document's search body is the text of its current files. The document's two triggers are
-- recreated from app/search/index-definition.ts, and one cascade added from DocumentFile.

ALTER TABLE "DocumentFile" ADD COLUMN "textStatus" TEXT NOT NULL DEFAULT 'pending';

ALTER TABLE "DocumentFile" ADD COLUMN "extractedText" TEXT;

CREATE INDEX "DocumentFile_textStatus_createdAt_idx" ON "DocumentFile"("textStatus", "createdAt");

DROP TRIGGER IF EXISTS "search_document_insert";

DROP TRIGGER IF EXISTS "search_document_update";

CREATE TRIGGER "search_document_insert" AFTER INSERT ON "Document" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'document', r."id", r."title", r."symbol", (SELECT group_concat(f."extractedText", ' ') FROM "DocumentFile" f WHERE f."documentId" = r."id" AND f."archivedAt" IS NULL), r."archivedAt" IS NOT NULL, r."issuedOn", r."committeeId", r."agencyId", r."meetingId", r."confidentiality", r."committeeId", r."agencyId", 'document', r."id", NULL, NULL, NULL
  FROM "Document" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_document_update" AFTER UPDATE OF "title", "symbol", "issuedOn", "committeeId", "agencyId", "meetingId", "confidentiality", "archivedAt" ON "Document" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'document', r."id", r."title", r."symbol", (SELECT group_concat(f."extractedText", ' ') FROM "DocumentFile" f WHERE f."documentId" = r."id" AND f."archivedAt" IS NULL), r."archivedAt" IS NOT NULL, r."issuedOn", r."committeeId", r."agencyId", r."meetingId", r."confidentiality", r."committeeId", r."agencyId", 'document', r."id", NULL, NULL, NULL
  FROM "Document" r
  WHERE r."id" = NEW."id"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;

CREATE TRIGGER "search_cascade_file_document" AFTER UPDATE OF "extractedText", "archivedAt" ON "DocumentFile" BEGIN
  INSERT INTO "SearchEntry" ("kind", "recordId", "title", "symbol", "body", "archived", "date", "committeeId", "agencyId", "linkId", "level", "levelCommitteeId", "levelAgencyId", "grantEntity", "grantId", "parentLevel", "parentCommitteeId", "parentGrantId")
  SELECT 'document', r."id", r."title", r."symbol", (SELECT group_concat(f."extractedText", ' ') FROM "DocumentFile" f WHERE f."documentId" = r."id" AND f."archivedAt" IS NULL), r."archivedAt" IS NOT NULL, r."issuedOn", r."committeeId", r."agencyId", r."meetingId", r."confidentiality", r."committeeId", r."agencyId", 'document', r."id", NULL, NULL, NULL
  FROM "Document" r
  WHERE r."id" = NEW."documentId"
  ON CONFLICT ("kind", "recordId") DO UPDATE SET "title" = excluded."title", "symbol" = excluded."symbol", "body" = excluded."body", "archived" = excluded."archived", "date" = excluded."date", "committeeId" = excluded."committeeId", "agencyId" = excluded."agencyId", "linkId" = excluded."linkId", "level" = excluded."level", "levelCommitteeId" = excluded."levelCommitteeId", "levelAgencyId" = excluded."levelAgencyId", "grantEntity" = excluded."grantEntity", "grantId" = excluded."grantId", "parentLevel" = excluded."parentLevel", "parentCommitteeId" = excluded."parentCommitteeId", "parentGrantId" = excluded."parentGrantId";
END;
