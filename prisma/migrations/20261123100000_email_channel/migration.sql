-- Email channel: mailboxes with their sync state, quarantine, threading and bounce data.
CREATE TYPE "QuarantineStatus" AS ENUM ('held', 'resolved', 'dismissed');

CREATE TABLE "mailbox" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "imap_host" TEXT NOT NULL,
    "imap_port" INTEGER NOT NULL DEFAULT 993,
    "imap_tls" BOOLEAN NOT NULL DEFAULT true,
    "imap_user" TEXT NOT NULL,
    "imap_password_enc" TEXT NOT NULL,
    "folder" TEXT NOT NULL DEFAULT 'INBOX',
    "processed_folder" TEXT,
    "default_department_id" UUID,
    "from_address" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "source" TEXT,
    "uid_validity" BIGINT,
    "last_uid" BIGINT NOT NULL DEFAULT 0,
    "last_sync_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "last_error_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "configured_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "mailbox_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "mailbox_name_key" ON "mailbox"("name");
CREATE UNIQUE INDEX "mailbox_address_key" ON "mailbox"("address");
ALTER TABLE "mailbox" ADD CONSTRAINT "mailbox_default_department_id_fkey" FOREIGN KEY ("default_department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "quarantined_email" (
    "id" UUID NOT NULL,
    "mailbox_id" UUID,
    "uid" BIGINT,
    "message_id_header" TEXT,
    "from_address" TEXT,
    "subject" TEXT,
    "size" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "error" TEXT,
    "storage_key" TEXT,
    "status" "QuarantineStatus" NOT NULL DEFAULT 'held',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "ticket_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    CONSTRAINT "quarantined_email_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "quarantined_email_status_created_at_idx" ON "quarantined_email"("status", "created_at");
CREATE INDEX "quarantined_email_mailbox_id_idx" ON "quarantined_email"("mailbox_id");
ALTER TABLE "quarantined_email" ADD CONSTRAINT "quarantined_email_mailbox_id_fkey" FOREIGN KEY ("mailbox_id") REFERENCES "mailbox"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "contact_identity" ADD COLUMN "bounced_at" TIMESTAMPTZ(3), ADD COLUMN "bounce_reason" TEXT;

ALTER TABLE "ticket" ADD COLUMN "mailbox_id" UUID;
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_mailbox_id_fkey" FOREIGN KEY ("mailbox_id") REFERENCES "mailbox"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "message" ADD COLUMN "display_text" TEXT, ADD COLUMN "meta" JSONB NOT NULL DEFAULT '{}';

ALTER TABLE "attachment" ADD COLUMN "content_id" TEXT;

ALTER TABLE "notification" ADD COLUMN "from_address" TEXT, ADD COLUMN "headers" JSONB NOT NULL DEFAULT '{}';
CREATE INDEX "notification_provider_id_idx" ON "notification"("provider_id");
CREATE INDEX "notification_recipient_created_at_idx" ON "notification"("recipient", "created_at");
