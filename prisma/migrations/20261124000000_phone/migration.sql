-- Phone and SMS through Twilio: the call log, the central line's state and menu, SMS opt-outs and delivery status.
ALTER TYPE "NotificationStatus" ADD VALUE 'suppressed';

CREATE TYPE "CallDirection" AS ENUM ('inbound', 'outbound');

ALTER TABLE "department" ADD COLUMN "phone_target" TEXT;
ALTER TABLE "app_user" ADD COLUMN "phone" TEXT;
ALTER TABLE "contact_identity" ADD COLUMN "sms_opted_out_at" TIMESTAMPTZ(3);
ALTER TABLE "notification" ADD COLUMN "provider_status" TEXT, ADD COLUMN "provider_status_at" TIMESTAMPTZ(3);

CREATE TABLE "phone_call" (
    "id" UUID NOT NULL,
    "call_sid" TEXT NOT NULL,
    "direction" "CallDirection" NOT NULL,
    "from_number" TEXT NOT NULL,
    "to_number" TEXT NOT NULL,
    "contact_id" UUID,
    "ticket_id" UUID,
    "department_id" UUID,
    "started_by_user_id" UUID,
    "status" TEXT NOT NULL,
    "choices" JSONB NOT NULL DEFAULT '[]',
    "outcome" TEXT,
    "duration_seconds" INTEGER,
    "recording_sid" TEXT,
    "recording_url" TEXT,
    "recording_seconds" INTEGER,
    "transcription" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "phone_call_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "phone_call_call_sid_key" ON "phone_call"("call_sid");
CREATE INDEX "phone_call_contact_id_idx" ON "phone_call"("contact_id");
CREATE INDEX "phone_call_ticket_id_idx" ON "phone_call"("ticket_id");
CREATE INDEX "phone_call_started_at_idx" ON "phone_call"("started_at");
ALTER TABLE "phone_call" ADD CONSTRAINT "phone_call_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "phone_call" ADD CONSTRAINT "phone_call_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "phone_call" ADD CONSTRAINT "phone_call_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "phone_call" ADD CONSTRAINT "phone_call_started_by_user_id_fkey" FOREIGN KEY ("started_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "phone_line" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "closed" BOOLEAN NOT NULL DEFAULT false,
    "closed_reason" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "closed_by_user_id" UUID,
    "appointments_department_id" UUID,
    "reports_department_id" UUID,
    "agents_department_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "phone_line_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "phone_line_single_row" CHECK ("id" = 1)
);
ALTER TABLE "phone_line" ADD CONSTRAINT "phone_line_closed_by_user_id_fkey" FOREIGN KEY ("closed_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "phone_line" ADD CONSTRAINT "phone_line_appointments_department_id_fkey" FOREIGN KEY ("appointments_department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "phone_line" ADD CONSTRAINT "phone_line_reports_department_id_fkey" FOREIGN KEY ("reports_department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "phone_line" ADD CONSTRAINT "phone_line_agents_department_id_fkey" FOREIGN KEY ("agents_department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;
