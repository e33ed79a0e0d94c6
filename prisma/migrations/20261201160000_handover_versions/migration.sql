-- CreateTable
CREATE TABLE "HandoverVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handoverId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ongoingMatters" TEXT,
    "pendingDecisions" TEXT,
    "keyContacts" TEXT,
    "risks" TEXT,
    "filesLocation" TEXT,
    "otherNotes" TEXT,
    "dossier" TEXT NOT NULL,
    "submittedAt" DATETIME NOT NULL,
    "submittedById" TEXT,
    "acknowledgedAt" DATETIME,
    "acknowledgedById" TEXT,
    CONSTRAINT "HandoverVersion_handoverId_fkey" FOREIGN KEY ("handoverId") REFERENCES "Handover" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HandoverVersion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "HandoverVersion_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RotationRiskSettings" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'default',
    "leavingWithinDays" INTEGER NOT NULL DEFAULT 90,
    "unacknowledgedAfterDays" INTEGER NOT NULL DEFAULT 14,
    "actingLongerThanDays" INTEGER NOT NULL DEFAULT 90,
    "concentrationResponsibilities" INTEGER NOT NULL DEFAULT 6,
    "concentrationActions" INTEGER NOT NULL DEFAULT 12,
    "concentrationMilestones" INTEGER NOT NULL DEFAULT 6,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "HandoverVersion_acknowledgedAt_submittedAt_idx" ON "HandoverVersion"("acknowledgedAt", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "HandoverVersion_handoverId_number_key" ON "HandoverVersion"("handoverId", "number");

-- CreateIndex
CREATE INDEX "Assignment_acting_endDate_idx" ON "Assignment"("acting", "endDate");

-- CreateIndex
CREATE INDEX "Handover_archivedAt_updatedAt_idx" ON "Handover"("archivedAt", "updatedAt");

