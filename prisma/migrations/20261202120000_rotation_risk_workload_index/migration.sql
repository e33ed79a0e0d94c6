-- CreateIndex
CREATE INDEX "Action_status_archivedAt_ownerPositionId_confidentiality_committeeId_ownerAgencyId_id_idx" ON "Action"("status", "archivedAt", "ownerPositionId", "confidentiality", "committeeId", "ownerAgencyId", "id");

