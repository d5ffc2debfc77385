-- Daily rollups for the two ticket reports that read every ticket of the period (response and resolution times,
-- SLA compliance). One row per closed local day (Europe/Brussels) and department holds what adds up exactly:
-- counts, and the sums of the hours exactly as the reports' averages add them (numeric, so no rounding). The
-- 90th percentiles cannot be added up, so each day keeps how many times fell in each whole hour with the lowest and
-- highest of them: the report finds the hour the percentile lies in and, when that does not settle it, reads the
-- few tickets of that hour (by the expression indexes below). An unanswered ticket whose deadline was still ahead
-- when its day was rolled up keeps that deadline here, as it becomes "missed" the moment it passes.
--
-- A closed day is answered from its rollup only while nothing changed it since: the trigger at the end marks the
-- day of every ticket change that moves a figure (a late first response, a reopen, a new department or deadline,
-- a merge, an insert or delete on an earlier day). Today, days not rolled up yet and marked days are counted from
-- the tickets, so an answer is never stale.
CREATE TABLE "report_day" (
    "day" DATE NOT NULL,
    "rolled_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "report_day_pkey" PRIMARY KEY ("day")
);

-- marks only ever added by ticket changes and deleted by a rollup that saw them (no unique key: two changes never
-- wait on each other, and a mark that commits after a rollup's snapshot survives it)
CREATE TABLE "report_dirty_day" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "marked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "report_dirty_day_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "report_dirty_day_day_idx" ON "report_dirty_day"("day");

CREATE TABLE "report_ticket_day" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "department_id" UUID,
    "tickets" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL,
    "first_response_hours" DECIMAL,
    "resolved" INTEGER NOT NULL,
    "resolution_hours" DECIMAL,
    "first_response_met" INTEGER NOT NULL,
    "first_response_missed" INTEGER NOT NULL,
    "resolution_met" INTEGER NOT NULL,
    "resolution_missed" INTEGER NOT NULL,
    CONSTRAINT "report_ticket_day_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "report_ticket_day_day_idx" ON "report_ticket_day"("day");

CREATE TABLE "report_ticket_time" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "department_id" UUID,
    "measure" TEXT NOT NULL,
    "hour" INTEGER NOT NULL,
    "tickets" INTEGER NOT NULL,
    "min_hours" DOUBLE PRECISION NOT NULL,
    "max_hours" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "report_ticket_time_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "report_ticket_time_day_idx" ON "report_ticket_time"("day");

CREATE TABLE "report_ticket_deadline" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "department_id" UUID,
    "measure" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "report_ticket_deadline_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "report_ticket_deadline_day_idx" ON "report_ticket_deadline"("day");

-- the tickets of one hour of first-response or resolution time, for a percentile the hour counts cannot settle:
-- with the columns that query reads, so it is an index-only scan (over a million tickets: 12 ms for an hour of
-- 18,000 tickets instead of 220 ms fetching them from the table); partial, so intake (no response yet) does not
-- write them
CREATE INDEX "ticket_first_response_hours_idx" ON "ticket" ((extract(epoch FROM first_response_at - created_at) / 3600))
  INCLUDE (created_at, first_response_at, department_id) WHERE first_response_at IS NOT NULL AND merged_into_id IS NULL;
CREATE INDEX "ticket_resolution_hours_idx" ON "ticket" ((extract(epoch FROM resolved_at - created_at) / 3600))
  INCLUDE (created_at, resolved_at, department_id) WHERE resolved_at IS NOT NULL AND merged_into_id IS NULL;

-- Marks the local day of a ticket that changed in a way a report counts, when that day is over (today is always
-- counted from the tickets). now() is the changing transaction's start: one that began before midnight does not
-- mark the day it is still in, which is why a day is only rolled up once every transaction begun before its end
-- has finished (see src/analytics/rollup.ts).
CREATE FUNCTION report_mark_ticket_days() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  today DATE := (now() AT TIME ZONE 'Europe/Brussels')::date;
  old_day DATE;
  new_day DATE;
BEGIN
  IF TG_OP <> 'INSERT' THEN old_day := (OLD.created_at AT TIME ZONE 'Europe/Brussels')::date; END IF;
  IF TG_OP <> 'DELETE' THEN new_day := (NEW.created_at AT TIME ZONE 'Europe/Brussels')::date; END IF;
  IF old_day < today THEN INSERT INTO report_dirty_day (day) VALUES (old_day); END IF;
  IF new_day < today AND new_day IS DISTINCT FROM old_day THEN INSERT INTO report_dirty_day (day) VALUES (new_day); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER report_ticket_insert AFTER INSERT ON "ticket" FOR EACH ROW
  WHEN (NEW.created_at < date_trunc('day', now() AT TIME ZONE 'Europe/Brussels') AT TIME ZONE 'Europe/Brussels')
  EXECUTE FUNCTION report_mark_ticket_days();
CREATE TRIGGER report_ticket_update AFTER UPDATE OF created_at, department_id, merged_into_id, first_response_at, resolved_at, first_response_due_at, due_at ON "ticket" FOR EACH ROW
  WHEN ((OLD.created_at < date_trunc('day', now() AT TIME ZONE 'Europe/Brussels') AT TIME ZONE 'Europe/Brussels'
         OR NEW.created_at < date_trunc('day', now() AT TIME ZONE 'Europe/Brussels') AT TIME ZONE 'Europe/Brussels')
        AND (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.department_id IS DISTINCT FROM NEW.department_id
             OR OLD.merged_into_id IS DISTINCT FROM NEW.merged_into_id OR OLD.first_response_at IS DISTINCT FROM NEW.first_response_at
             OR OLD.resolved_at IS DISTINCT FROM NEW.resolved_at OR OLD.first_response_due_at IS DISTINCT FROM NEW.first_response_due_at
             OR OLD.due_at IS DISTINCT FROM NEW.due_at))
  EXECUTE FUNCTION report_mark_ticket_days();
CREATE TRIGGER report_ticket_delete AFTER DELETE ON "ticket" FOR EACH ROW
  WHEN (OLD.created_at < date_trunc('day', now() AT TIME ZONE 'Europe/Brussels') AT TIME ZONE 'Europe/Brussels')
  EXECUTE FUNCTION report_mark_ticket_days();
