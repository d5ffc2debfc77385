-- E-loket: a catalogue of documents citizens request online (attest van woonst, samenstelling van het gezin, …) and
-- the request behind a ticket of that kind. A ticket is a document request when it has a document_request row (1:1).
-- Answers of a national-register-number field are never stored in the clear: sealed_answers holds them sealed with
-- SECRET_KEY. The download link's token is stored as its SHA-256 (found by it) and sealed (shown again on the
-- tracking page); it expires at download_expires_at.
CREATE TYPE "DocumentDelivery" AS ENUM ('email', 'post', 'pickup');

CREATE TABLE "document_type" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description_nl" TEXT,
    "description_en" TEXT,
    "fields" JSONB NOT NULL DEFAULT '[]',
    "proof_nl" TEXT,
    "proof_en" TEXT,
    "proof_required" BOOLEAN NOT NULL DEFAULT false,
    "fee_note" TEXT,
    "department_id" UUID,
    "target_minutes" INTEGER,
    "delivery_options" "DocumentDelivery"[] DEFAULT ARRAY['email']::"DocumentDelivery"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "document_type_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "document_type_code_key" ON "document_type"("code");
ALTER TABLE "document_type" ADD CONSTRAINT "document_type_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "document_request" (
    "ticket_id" UUID NOT NULL,
    "document_type_id" UUID NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "sealed_answers" JSONB NOT NULL DEFAULT '{}',
    "delivery" "DocumentDelivery" NOT NULL,
    "postal_address" TEXT,
    "document_attachment_id" UUID,
    "delivered_at" TIMESTAMPTZ(3),
    "download_token_hash" TEXT,
    "download_token_enc" TEXT,
    "download_expires_at" TIMESTAMPTZ(3),
    "picked_up_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "document_request_pkey" PRIMARY KEY ("ticket_id")
);
CREATE UNIQUE INDEX "document_request_download_token_hash_key" ON "document_request"("download_token_hash");
CREATE INDEX "document_request_document_type_id_idx" ON "document_request"("document_type_id");
ALTER TABLE "document_request" ADD CONSTRAINT "document_request_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "document_request" ADD CONSTRAINT "document_request_document_type_id_fkey" FOREIGN KEY ("document_type_id") REFERENCES "document_type"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "document_request" ADD CONSTRAINT "document_request_document_attachment_id_fkey" FOREIGN KEY ("document_attachment_id") REFERENCES "attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
