-- Issue 11: delegations and organisations as participants; standing items with their own kind; a
-- committee may go without the automatic "matters arising" item. Additive columns only (no table
-- rebuild, so the access-version, record-version and search triggers stay in place).
ALTER TABLE "Participation" ADD COLUMN "externalKind" TEXT;
ALTER TABLE "StandingAgendaItem" ADD COLUMN "kind" TEXT;
ALTER TABLE "Committee" ADD COLUMN "mattersArisingItem" BOOLEAN NOT NULL DEFAULT true;
