-- DropIndex
DROP INDEX "Participation_meetingId_idx";

-- CreateIndex
CREATE INDEX "Participation_meetingId_archivedAt_personId_positionId_idx" ON "Participation"("meetingId", "archivedAt", "personId", "positionId");

