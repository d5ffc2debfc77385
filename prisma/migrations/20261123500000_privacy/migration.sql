-- Retention per category, legal holds, anonymisation.
ALTER TABLE "category" ADD COLUMN "retention_days" INTEGER;
ALTER TABLE "contact" ADD COLUMN "legal_hold" BOOLEAN NOT NULL DEFAULT false, ADD COLUMN "legal_hold_reason" TEXT;
ALTER TABLE "ticket" ADD COLUMN "legal_hold" BOOLEAN NOT NULL DEFAULT false, ADD COLUMN "anonymised_at" TIMESTAMPTZ(3);
