-- Customer guidance at the town hall: kiosk check-in, queue numbers, desks calling, waiting-room screens.
CREATE TYPE "VisitStatus" AS ENUM ('waiting', 'called', 'serving', 'done', 'no_show', 'cancelled');
CREATE TYPE "DeviceKind" AS ENUM ('kiosk', 'screen');

CREATE TABLE "visit" (
    "id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,
    "appointment_id" UUID,
    "day" DATE NOT NULL,
    "number" TEXT NOT NULL,
    "status" "VisitStatus" NOT NULL DEFAULT 'waiting',
    "walk_in" BOOLEAN NOT NULL,
    "language" "Language" NOT NULL DEFAULT 'nl',
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "desk_id" UUID,
    "only_desk_id" UUID,
    "checked_in_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "called_at" TIMESTAMPTZ(3),
    "call_count" INTEGER NOT NULL DEFAULT 0,
    "served_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "served_by_user_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "visit_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "visit_appointment_id_key" ON "visit"("appointment_id");
CREATE UNIQUE INDEX "visit_location_id_day_number_key" ON "visit"("location_id", "day", "number");
CREATE INDEX "visit_location_id_status_idx" ON "visit"("location_id", "status");
CREATE INDEX "visit_checked_in_at_idx" ON "visit"("checked_in_at");
ALTER TABLE "visit" ADD CONSTRAINT "visit_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "visit" ADD CONSTRAINT "visit_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "visit" ADD CONSTRAINT "visit_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "visit" ADD CONSTRAINT "visit_desk_id_fkey" FOREIGN KEY ("desk_id") REFERENCES "desk"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "visit" ADD CONSTRAINT "visit_only_desk_id_fkey" FOREIGN KEY ("only_desk_id") REFERENCES "desk"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "visit" ADD CONSTRAINT "visit_served_by_user_id_fkey" FOREIGN KEY ("served_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "queue_counter" (
    "location_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "prefix" TEXT NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "queue_counter_pkey" PRIMARY KEY ("location_id", "day", "prefix")
);
ALTER TABLE "queue_counter" ADD CONSTRAINT "queue_counter_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "device" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "DeviceKind" NOT NULL,
    "location_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_by_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "device_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "device_token_hash_key" ON "device"("token_hash");
ALTER TABLE "device" ADD CONSTRAINT "device_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "device" ADD CONSTRAINT "device_created_by_user_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
