-- Open work per post for rotation risk (decision 046): the open or in-progress, unarchived actions at
-- a public or internal level — the part every reader may see — counted per post and kept by triggers,
-- so a request reads one row per post instead of counting ~50,000 actions. Additive: a new table, a
-- new index and triggers on Action. A later migration that rebuilds "Action" (RedefineTables) drops
-- these triggers: re-create them there (tests/integration/post-workload.test.ts checks they exist and
-- that the table matches a recount).

-- CreateTable
CREATE TABLE "PostWorkload" (
    "positionId" TEXT NOT NULL PRIMARY KEY,
    "openActions" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE INDEX "Action_confidentiality_status_archivedAt_ownerPositionId_committeeId_ownerAgencyId_id_idx" ON "Action"("confidentiality", "status", "archivedAt", "ownerPositionId", "committeeId", "ownerAgencyId", "id");

-- What is there already.
INSERT INTO "PostWorkload" ("positionId", "openActions")
SELECT "ownerPositionId", count(*) FROM "Action"
WHERE "status" IN ('open', 'in_progress') AND "archivedAt" IS NULL AND "confidentiality" IN ('public', 'internal')
GROUP BY "ownerPositionId";

-- A row counts while it is open or in progress, not archived, public or internal. Each trigger
-- takes the old row out and puts the new one in, so a change of status, level, archive or owning
-- post moves the count; an update of other columns fires none of them.
CREATE TRIGGER "Action_workload_insert" AFTER INSERT ON "Action" FOR EACH ROW
WHEN NEW."status" IN ('open', 'in_progress') AND NEW."archivedAt" IS NULL AND NEW."confidentiality" IN ('public', 'internal')
BEGIN
  INSERT INTO "PostWorkload" ("positionId", "openActions") VALUES (NEW."ownerPositionId", 1)
  ON CONFLICT ("positionId") DO UPDATE SET "openActions" = "openActions" + 1;
END;

CREATE TRIGGER "Action_workload_delete" AFTER DELETE ON "Action" FOR EACH ROW
WHEN OLD."status" IN ('open', 'in_progress') AND OLD."archivedAt" IS NULL AND OLD."confidentiality" IN ('public', 'internal')
BEGIN
  UPDATE "PostWorkload" SET "openActions" = "openActions" - 1 WHERE "positionId" = OLD."ownerPositionId";
END;

CREATE TRIGGER "Action_workload_update_out" AFTER UPDATE OF "status", "archivedAt", "confidentiality", "ownerPositionId" ON "Action" FOR EACH ROW
WHEN OLD."status" IN ('open', 'in_progress') AND OLD."archivedAt" IS NULL AND OLD."confidentiality" IN ('public', 'internal')
BEGIN
  UPDATE "PostWorkload" SET "openActions" = "openActions" - 1 WHERE "positionId" = OLD."ownerPositionId";
END;

CREATE TRIGGER "Action_workload_update_in" AFTER UPDATE OF "status", "archivedAt", "confidentiality", "ownerPositionId" ON "Action" FOR EACH ROW
WHEN NEW."status" IN ('open', 'in_progress') AND NEW."archivedAt" IS NULL AND NEW."confidentiality" IN ('public', 'internal')
BEGIN
  INSERT INTO "PostWorkload" ("positionId", "openActions") VALUES (NEW."ownerPositionId", 1)
  ON CONFLICT ("positionId") DO UPDATE SET "openActions" = "openActions" + 1;
END;
