-- AlterTable
ALTER TABLE "Verdict" ALTER COLUMN "engineDecision" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");
