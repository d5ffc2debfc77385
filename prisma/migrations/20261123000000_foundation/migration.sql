-- Foundation: contacts, tickets, messages, attachments, events, departments, categories, users, outbox.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

CREATE TYPE "Role" AS ENUM ('admin', 'agent', 'staff');
CREATE TYPE "Channel" AS ENUM ('web', 'email', 'phone', 'sms', 'counter', 'open311');
CREATE TYPE "TicketStatus" AS ENUM ('new', 'open', 'pending_citizen', 'resolved', 'closed');
CREATE TYPE "Priority" AS ENUM ('low', 'normal', 'high', 'urgent');
CREATE TYPE "MessageDirection" AS ENUM ('inbound', 'outbound', 'note');
CREATE TYPE "IdentityKind" AS ENUM ('email', 'phone');
CREATE TYPE "Language" AS ENUM ('nl', 'en');
CREATE TYPE "NotificationChannel" AS ENUM ('email', 'sms');
CREATE TYPE "NotificationStatus" AS ENUM ('pending', 'sending', 'sent', 'failed');

CREATE TABLE "department" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "department_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "department_name_key" ON "department"("name");

CREATE TABLE "category" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description" TEXT,
    "department_id" UUID,
    "public" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "category_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "category_code_key" ON "category"("code");
CREATE INDEX "category_department_id_idx" ON "category"("department_id");

CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "password_hash" TEXT NOT NULL,
    "language" "Language" NOT NULL DEFAULT 'nl',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

CREATE TABLE "department_membership" (
    "user_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    CONSTRAINT "department_membership_pkey" PRIMARY KEY ("user_id", "department_id")
);
CREATE INDEX "department_membership_department_id_idx" ON "department_membership"("department_id");

CREATE TABLE "session" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "csrf_token" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "user_agent" TEXT,
    "ip" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "session_token_hash_key" ON "session"("token_hash");
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

CREATE TABLE "contact" (
    "id" UUID NOT NULL,
    "name" TEXT,
    "language" "Language" NOT NULL DEFAULT 'nl',
    "preferred_channel" "NotificationChannel",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "contact_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "contact_name_trgm_idx" ON "contact" USING GIN ("name" gin_trgm_ops);

CREATE TABLE "contact_identity" (
    "id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "kind" "IdentityKind" NOT NULL,
    "value" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "contact_identity_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "contact_identity_kind_value_key" ON "contact_identity"("kind", "value");
CREATE INDEX "contact_identity_contact_id_idx" ON "contact_identity"("contact_id");
CREATE INDEX "contact_identity_value_trgm_idx" ON "contact_identity" USING GIN ("value" gin_trgm_ops);

CREATE TABLE "ticket" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "status" "TicketStatus" NOT NULL DEFAULT 'new',
    "priority" "Priority" NOT NULL DEFAULT 'normal',
    "channel" "Channel" NOT NULL,
    "language" "Language" NOT NULL DEFAULT 'nl',
    "contact_id" UUID,
    "department_id" UUID,
    "category_id" UUID,
    "assignee_id" UUID,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "address" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "merged_into_id" UUID,
    "due_at" TIMESTAMPTZ(3),
    "first_response_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "ticket_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ticket_reference_key" ON "ticket"("reference");
CREATE INDEX "ticket_status_idx" ON "ticket"("status");
CREATE INDEX "ticket_department_id_status_idx" ON "ticket"("department_id", "status");
CREATE INDEX "ticket_category_id_idx" ON "ticket"("category_id");
CREATE INDEX "ticket_assignee_id_idx" ON "ticket"("assignee_id");
CREATE INDEX "ticket_contact_id_idx" ON "ticket"("contact_id");
CREATE INDEX "ticket_channel_idx" ON "ticket"("channel");
CREATE INDEX "ticket_created_at_idx" ON "ticket"("created_at");
CREATE INDEX "ticket_subject_trgm_idx" ON "ticket" USING GIN ("subject" gin_trgm_ops);

CREATE TABLE "tracking_token" (
    "id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "tracking_token_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "tracking_token_token_hash_key" ON "tracking_token"("token_hash");
CREATE INDEX "tracking_token_ticket_id_idx" ON "tracking_token"("ticket_id");

CREATE TABLE "message" (
    "id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "direction" "MessageDirection" NOT NULL,
    "channel" "Channel" NOT NULL,
    "author_user_id" UUID,
    "author_contact_id" UUID,
    "body_text" TEXT NOT NULL,
    "body_html" TEXT,
    "external_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "message_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "message_channel_external_id_key" ON "message"("channel", "external_id");
CREATE INDEX "message_ticket_id_created_at_idx" ON "message"("ticket_id", "created_at");
CREATE INDEX "message_body_text_trgm_idx" ON "message" USING GIN ("body_text" gin_trgm_ops);

CREATE TABLE "attachment" (
    "id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "message_id" UUID,
    "filename" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "attachment_ticket_id_idx" ON "attachment"("ticket_id");
CREATE INDEX "attachment_message_id_idx" ON "attachment"("message_id");

CREATE TABLE "ticket_event" (
    "id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "actor_user_id" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ticket_event_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ticket_event_ticket_id_created_at_idx" ON "ticket_event"("ticket_id", "created_at");

CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "template" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT,
    "body_text" TEXT NOT NULL,
    "body_html" TEXT,
    "ticket_id" UUID,
    "message_id" UUID,
    "status" "NotificationStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "provider_id" TEXT,
    "locked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "notification_status_created_at_idx" ON "notification"("status", "created_at");
CREATE INDEX "notification_ticket_id_idx" ON "notification"("ticket_id");

ALTER TABLE "category" ADD CONSTRAINT "category_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "department_membership" ADD CONSTRAINT "department_membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "department_membership" ADD CONSTRAINT "department_membership_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "contact_identity" ADD CONSTRAINT "contact_identity_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "tracking_token" ADD CONSTRAINT "tracking_token_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "message" ADD CONSTRAINT "message_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "message" ADD CONSTRAINT "message_author_user_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "message" ADD CONSTRAINT "message_author_contact_id_fkey" FOREIGN KEY ("author_contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "message"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ticket_event" ADD CONSTRAINT "ticket_event_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ticket_event" ADD CONSTRAINT "ticket_event_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "notification" ADD CONSTRAINT "notification_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "notification" ADD CONSTRAINT "notification_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "message"("id") ON DELETE SET NULL ON UPDATE CASCADE;
