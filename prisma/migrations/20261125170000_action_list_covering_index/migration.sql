-- CreateIndex
CREATE INDEX "Action_status_archivedAt_confidentiality_committeeId_ownerAgencyId_dueDate_id_idx" ON "Action"("status", "archivedAt", "confidentiality", "committeeId", "ownerAgencyId", "dueDate", "id");

