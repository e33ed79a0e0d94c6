-- CreateIndex
CREATE INDEX "AuditEvent_entity_action_at_id_idx" ON "AuditEvent"("entity", "action", "at", "id");

