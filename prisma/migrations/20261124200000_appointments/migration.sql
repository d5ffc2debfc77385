-- Appointments at the counters: products, locations, desks and their hours, closures and absences, bookings.
CREATE EXTENSION IF NOT EXISTS "btree_gist";

CREATE TYPE "AppointmentStatus" AS ENUM ('booked', 'checked_in', 'completed', 'no_show', 'cancelled');
CREATE TYPE "AppointmentChannel" AS ENUM ('online', 'phone', 'counter', 'walk_in');
CREATE TYPE "HoursKind" AS ENUM ('appointments', 'walk_in');

CREATE TABLE "service" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description_nl" TEXT,
    "description_en" TEXT,
    "duration_minutes" INTEGER NOT NULL,
    "buffer_minutes" INTEGER NOT NULL DEFAULT 0,
    "documents_nl" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "documents_en" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "price_note" TEXT,
    "bookable_online" BOOLEAN NOT NULL DEFAULT true,
    "walk_in_allowed" BOOLEAN NOT NULL DEFAULT true,
    "min_notice_minutes" INTEGER NOT NULL DEFAULT 120,
    "max_days_ahead" INTEGER NOT NULL DEFAULT 60,
    "reminder_hours_before" INTEGER NOT NULL DEFAULT 24,
    "queue_prefix" TEXT NOT NULL DEFAULT 'A',
    "department_id" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "service_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "service_code_key" ON "service"("code");
ALTER TABLE "service" ADD CONSTRAINT "service_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "location" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "location_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "location_name_key" ON "location"("name");

CREATE TABLE "desk" (
    "id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "desk_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "desk_location_id_name_key" ON "desk"("location_id", "name");
ALTER TABLE "desk" ADD CONSTRAINT "desk_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "desk_service" (
    "desk_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    CONSTRAINT "desk_service_pkey" PRIMARY KEY ("desk_id", "service_id")
);
CREATE INDEX "desk_service_service_id_idx" ON "desk_service"("service_id");
ALTER TABLE "desk_service" ADD CONSTRAINT "desk_service_desk_id_fkey" FOREIGN KEY ("desk_id") REFERENCES "desk"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "desk_service" ADD CONSTRAINT "desk_service_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "desk_hours" (
    "id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "desk_id" UUID,
    "weekday" INTEGER NOT NULL,
    "opens" TEXT NOT NULL,
    "closes" TEXT NOT NULL,
    "kind" "HoursKind" NOT NULL DEFAULT 'appointments',
    CONSTRAINT "desk_hours_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "desk_hours_location_id_idx" ON "desk_hours"("location_id");
CREATE INDEX "desk_hours_desk_id_idx" ON "desk_hours"("desk_id");
ALTER TABLE "desk_hours" ADD CONSTRAINT "desk_hours_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "desk_hours" ADD CONSTRAINT "desk_hours_desk_id_fkey" FOREIGN KEY ("desk_id") REFERENCES "desk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "desk_closure" (
    "id" UUID NOT NULL,
    "location_id" UUID,
    "desk_id" UUID,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "desk_closure_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "desk_closure_starts_at_idx" ON "desk_closure"("starts_at");
ALTER TABLE "desk_closure" ADD CONSTRAINT "desk_closure_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "desk_closure" ADD CONSTRAINT "desk_closure_desk_id_fkey" FOREIGN KEY ("desk_id") REFERENCES "desk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "appointment" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "service_id" UUID NOT NULL,
    "desk_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "blocked_until" TIMESTAMPTZ(3) NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'booked',
    "channel" "AppointmentChannel" NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "language" "Language" NOT NULL DEFAULT 'nl',
    "contact_id" UUID,
    "ticket_id" UUID,
    "manage_token_hash" TEXT NOT NULL,
    "manage_token_enc" TEXT NOT NULL,
    "created_by_user_id" UUID,
    "reminder_sent_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "appointment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "appointment_times" CHECK ("starts_at" < "ends_at" AND "ends_at" <= "blocked_until"),
    -- the database itself refuses two live appointments on one desk at overlapping times, whatever the concurrency
    CONSTRAINT "appointment_no_overlap" EXCLUDE USING gist ("desk_id" WITH =, tstzrange("starts_at", "blocked_until") WITH &&) WHERE ("status" <> 'cancelled')
);
CREATE UNIQUE INDEX "appointment_code_key" ON "appointment"("code");
CREATE UNIQUE INDEX "appointment_manage_token_hash_key" ON "appointment"("manage_token_hash");
CREATE INDEX "appointment_starts_at_idx" ON "appointment"("starts_at");
CREATE INDEX "appointment_service_id_starts_at_idx" ON "appointment"("service_id", "starts_at");
CREATE INDEX "appointment_contact_id_idx" ON "appointment"("contact_id");
CREATE INDEX "appointment_ticket_id_idx" ON "appointment"("ticket_id");
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_desk_id_fkey" FOREIGN KEY ("desk_id") REFERENCES "desk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_created_by_user_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
