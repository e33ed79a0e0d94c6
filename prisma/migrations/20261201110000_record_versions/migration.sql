-- Record versions for optimistic concurrency (app/models/record-version.server.ts). Additive: one
-- defaulted column per table, no table rebuild. The triggers are a safety net: a write that forgets
-- to bump the version (raw SQL, a future model function) still moves it, so a stale form is refused.
-- A migration that rebuilds one of these tables (RedefineTables) drops its trigger: re-create it
-- there (tests/integration/record-version.test.ts checks that every versioned table has one).

ALTER TABLE "Agency" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Person" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Position" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Assignment" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Instrument" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Provision" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Responsibility" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "ResponsibilityAssignment" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Committee" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "StandingAgendaItem" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "CommitteeMembership" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "MeetingSeries" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Meeting" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "AgendaItem" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Statement" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Participation" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Document" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Decision" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Action" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "ReportingObligation" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "ObligationContributor" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "ReportingDeadline" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Milestone" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Handover" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "User" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER "Agency_version_bump" AFTER UPDATE ON "Agency" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Agency" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Person_version_bump" AFTER UPDATE ON "Person" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Person" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Position_version_bump" AFTER UPDATE ON "Position" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Position" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Assignment_version_bump" AFTER UPDATE ON "Assignment" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Assignment" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Instrument_version_bump" AFTER UPDATE ON "Instrument" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Instrument" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Provision_version_bump" AFTER UPDATE ON "Provision" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Provision" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Responsibility_version_bump" AFTER UPDATE ON "Responsibility" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Responsibility" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "ResponsibilityAssignment_version_bump" AFTER UPDATE ON "ResponsibilityAssignment" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "ResponsibilityAssignment" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Committee_version_bump" AFTER UPDATE ON "Committee" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Committee" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "StandingAgendaItem_version_bump" AFTER UPDATE ON "StandingAgendaItem" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "StandingAgendaItem" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "CommitteeMembership_version_bump" AFTER UPDATE ON "CommitteeMembership" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "CommitteeMembership" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "MeetingSeries_version_bump" AFTER UPDATE ON "MeetingSeries" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "MeetingSeries" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Meeting_version_bump" AFTER UPDATE ON "Meeting" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Meeting" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "AgendaItem_version_bump" AFTER UPDATE ON "AgendaItem" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "AgendaItem" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Statement_version_bump" AFTER UPDATE ON "Statement" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Statement" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Participation_version_bump" AFTER UPDATE ON "Participation" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Participation" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Document_version_bump" AFTER UPDATE ON "Document" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Document" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Decision_version_bump" AFTER UPDATE ON "Decision" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Decision" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Action_version_bump" AFTER UPDATE ON "Action" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Action" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "ReportingObligation_version_bump" AFTER UPDATE ON "ReportingObligation" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "ReportingObligation" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "ObligationContributor_version_bump" AFTER UPDATE ON "ObligationContributor" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "ObligationContributor" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "ReportingDeadline_version_bump" AFTER UPDATE ON "ReportingDeadline" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "ReportingDeadline" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Milestone_version_bump" AFTER UPDATE ON "Milestone" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Milestone" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Handover_version_bump" AFTER UPDATE ON "Handover" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "Handover" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
CREATE TRIGGER "User_version_bump" AFTER UPDATE ON "User" FOR EACH ROW WHEN NEW."version" = OLD."version"
BEGIN UPDATE "User" SET "version" = OLD."version" + 1 WHERE "id" = NEW."id"; END;
