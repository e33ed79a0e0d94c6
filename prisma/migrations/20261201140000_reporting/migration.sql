-- Reporting obligations, due-date rules, submissions and public holidays (issue 9). Additive only:
-- new columns with defaults, so no table is rebuilt.

-- CreateTable
CREATE TABLE "PublicHoliday" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "day" DATETIME NOT NULL,
    "name" TEXT NOT NULL,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "PublicHoliday_day_key" ON "PublicHoliday"("day");
CREATE INDEX "PublicHoliday_archivedAt_day_idx" ON "PublicHoliday"("archivedAt", "day");

-- ObligationContributor: the contributor's post
ALTER TABLE "ObligationContributor" ADD COLUMN "positionId" TEXT REFERENCES "Position" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "ObligationContributor_positionId_idx" ON "ObligationContributor"("positionId");

-- ReportingDeadline: the submission record, hand-added cycles
ALTER TABLE "ReportingDeadline" ADD COLUMN "submittedBy" TEXT;
ALTER TABLE "ReportingDeadline" ADD COLUMN "recordedById" TEXT;
ALTER TABLE "ReportingDeadline" ADD COLUMN "submissionAccess" TEXT;
ALTER TABLE "ReportingDeadline" ADD COLUMN "manual" BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX "ReportingDeadline_obligationId_dueDate_idx" ON "ReportingDeadline"("obligationId", "dueDate");

-- ReportingObligation: confidentiality, the due-date rule, milestone offsets, record version
ALTER TABLE "ReportingObligation" ADD COLUMN "confidentiality" TEXT NOT NULL DEFAULT 'internal';
ALTER TABLE "ReportingObligation" ADD COLUMN "submissionAccess" TEXT NOT NULL DEFAULT 'restricted';
ALTER TABLE "ReportingObligation" ADD COLUMN "ruleKind" TEXT NOT NULL DEFAULT 'on_event';
ALTER TABLE "ReportingObligation" ADD COLUMN "ruleMonth" INTEGER;
ALTER TABLE "ReportingObligation" ADD COLUMN "ruleDay" INTEGER;
ALTER TABLE "ReportingObligation" ADD COLUMN "ruleIntervalYears" INTEGER;
ALTER TABLE "ReportingObligation" ADD COLUMN "ruleFirstYear" INTEGER;
ALTER TABLE "ReportingObligation" ADD COLUMN "ruleEventDate" DATETIME;
ALTER TABLE "ReportingObligation" ADD COLUMN "ruleStart" DATETIME;
ALTER TABLE "ReportingObligation" ADD COLUMN "offsetDataCall" INTEGER NOT NULL DEFAULT 120;
ALTER TABLE "ReportingObligation" ADD COLUMN "offsetContributions" INTEGER NOT NULL DEFAULT 75;
ALTER TABLE "ReportingObligation" ADD COLUMN "offsetConsolidation" INTEGER NOT NULL DEFAULT 45;
ALTER TABLE "ReportingObligation" ADD COLUMN "offsetClearance" INTEGER NOT NULL DEFAULT 20;
ALTER TABLE "ReportingObligation" ADD COLUMN "offsetSubmission" INTEGER NOT NULL DEFAULT 3;
ALTER TABLE "ReportingObligation" ADD COLUMN "skipNonWorkingDays" BOOLEAN NOT NULL DEFAULT true;
CREATE INDEX "ReportingObligation_archivedAt_title_idx" ON "ReportingObligation"("archivedAt", "title");

-- Existing rows (databases seeded before this migration): rules from their recurrence.
UPDATE "ReportingObligation" SET "ruleKind" = 'annual', "ruleMonth" = 5, "ruleDay" = 31 WHERE "recurrence" = 'annual';
UPDATE "ReportingObligation" SET "ruleKind" = 'every_n_years', "ruleMonth" = 3, "ruleDay" = 31, "ruleIntervalYears" = 2, "ruleFirstYear" = 2020 WHERE "recurrence" = 'biennial';
UPDATE "ReportingObligation" SET "ruleKind" = 'once_after_event' WHERE "recurrence" = 'once';

-- CreateIndex
CREATE INDEX "Milestone_ownerPositionId_status_dueDate_idx" ON "Milestone"("ownerPositionId", "status", "dueDate");
