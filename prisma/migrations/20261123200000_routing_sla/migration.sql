-- Routing rules, map zones, opening hours and closures, SLA policies, auto-assignment.
CREATE TYPE "AssignmentStrategy" AS ENUM ('none', 'round_robin', 'least_loaded');

ALTER TABLE "department"
    ADD COLUMN "assignment_strategy" "AssignmentStrategy" NOT NULL DEFAULT 'none',
    ADD COLUMN "max_open_per_agent" INTEGER,
    ADD COLUMN "lead_user_id" UUID,
    ADD COLUMN "last_assigned_user_id" UUID;
ALTER TABLE "department" ADD CONSTRAINT "department_lead_user_id_fkey" FOREIGN KEY ("lead_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "app_user" ADD COLUMN "available" BOOLEAN NOT NULL DEFAULT true;

CREATE TABLE "routing_rule" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "conditions" JSONB NOT NULL,
    "actions" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "routing_rule_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "routing_rule_position_idx" ON "routing_rule"("position");

ALTER TABLE "ticket"
    ADD COLUMN "routed_by_rule_id" UUID,
    ADD COLUMN "first_response_due_at" TIMESTAMPTZ(3),
    ADD COLUMN "first_response_warn_at" TIMESTAMPTZ(3),
    ADD COLUMN "first_response_warned_at" TIMESTAMPTZ(3),
    ADD COLUMN "first_response_breached_at" TIMESTAMPTZ(3),
    ADD COLUMN "resolution_warn_at" TIMESTAMPTZ(3),
    ADD COLUMN "resolution_warned_at" TIMESTAMPTZ(3),
    ADD COLUMN "resolution_breached_at" TIMESTAMPTZ(3);
ALTER TABLE "ticket" ADD CONSTRAINT "ticket_routed_by_rule_id_fkey" FOREIGN KEY ("routed_by_rule_id") REFERENCES "routing_rule"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "ticket_first_response_warn_at_idx" ON "ticket"("first_response_warn_at");
CREATE INDEX "ticket_resolution_warn_at_idx" ON "ticket"("resolution_warn_at");

CREATE TABLE "opening_hours" (
    "id" UUID NOT NULL,
    "department_id" UUID,
    "weekday" INTEGER NOT NULL,
    "opens" TEXT NOT NULL,
    "closes" TEXT NOT NULL,
    CONSTRAINT "opening_hours_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "opening_hours_department_id_idx" ON "opening_hours"("department_id");
ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "closure" (
    "id" UUID NOT NULL,
    "department_id" UUID,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "closure_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "closure_department_id_start_date_idx" ON "closure"("department_id", "start_date");
ALTER TABLE "closure" ADD CONSTRAINT "closure_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "zone" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "geometry" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "zone_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "zone_name_key" ON "zone"("name");

CREATE TABLE "sla_policy" (
    "id" UUID NOT NULL,
    "category_id" UUID,
    "priority" "Priority",
    "first_response_minutes" INTEGER NOT NULL,
    "resolution_minutes" INTEGER NOT NULL,
    "warn_before_minutes" INTEGER NOT NULL DEFAULT 60,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "sla_policy_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "sla_policy_category_id_idx" ON "sla_policy"("category_id");
ALTER TABLE "sla_policy" ADD CONSTRAINT "sla_policy_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE CASCADE ON UPDATE CASCADE;
