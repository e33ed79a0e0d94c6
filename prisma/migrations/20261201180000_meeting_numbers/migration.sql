-- Meeting numbers are provisional until the meeting is held or the body's own number is recorded.
-- Added in place (not by rebuilding the table) so that no other column is touched.
ALTER TABLE "Meeting" ADD COLUMN "numberFixed" BOOLEAN NOT NULL DEFAULT false;

-- Numbers already on the record (held, cancelled or postponed meetings) stay as they are.
UPDATE "Meeting" SET "numberFixed" = true WHERE "sequence" IS NOT NULL AND "status" NOT IN ('planned', 'confirmed');
