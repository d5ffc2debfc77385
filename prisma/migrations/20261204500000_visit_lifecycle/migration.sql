-- One visit lifecycle: every visitor at the counter is a visit, whether they checked in at the kiosk or a clerk
-- registered them. A clerk may register a walk-in outside the desk's hours only with a reason, kept here.
ALTER TABLE "visit" ADD COLUMN "outside_hours_reason" TEXT;

-- Walk-ins registered by a clerk before this change were only an appointment (channel walk_in) without a visit, so
-- the Wachtzaal, the desks' queues and the visit reports never saw them. Each becomes the visit it was, numbered
-- "-001", "-002", … per location and day (a product's queue letter is A–Z, so these never collide with a drawn number).
INSERT INTO "visit" ("id", "location_id", "service_id", "appointment_id", "day", "number", "status", "walk_in", "language", "due_at", "desk_id", "only_desk_id", "checked_in_at", "called_at", "served_at", "finished_at", "updated_at")
SELECT gen_random_uuid(), a."location_id", a."service_id", a."id", w."day",
       '-' || lpad((row_number() OVER (PARTITION BY a."location_id", w."day" ORDER BY a."starts_at", a."id"))::text, 3, '0'),
       (CASE a."status" WHEN 'cancelled' THEN 'cancelled' WHEN 'no_show' THEN 'no_show'
          WHEN 'checked_in' THEN CASE WHEN w."day" >= (now() AT TIME ZONE 'Europe/Brussels')::date THEN 'waiting' ELSE 'done' END
          ELSE 'done' END)::"VisitStatus",
       true, a."language", a."starts_at",
       CASE WHEN a."status" IN ('completed', 'no_show') OR (a."status" = 'checked_in' AND w."day" < (now() AT TIME ZONE 'Europe/Brussels')::date) THEN a."desk_id" END,
       a."desk_id", a."starts_at",
       CASE WHEN a."status" IN ('completed', 'no_show') OR (a."status" = 'checked_in' AND w."day" < (now() AT TIME ZONE 'Europe/Brussels')::date) THEN a."starts_at" END,
       CASE WHEN a."status" = 'completed' OR (a."status" = 'checked_in' AND w."day" < (now() AT TIME ZONE 'Europe/Brussels')::date) THEN a."starts_at" END,
       CASE WHEN a."status" = 'completed' OR (a."status" = 'checked_in' AND w."day" < (now() AT TIME ZONE 'Europe/Brussels')::date) THEN a."ends_at" END,
       now()
FROM "appointment" a
CROSS JOIN LATERAL (SELECT (a."starts_at" AT TIME ZONE 'Europe/Brussels')::date AS "day") w
WHERE a."channel" = 'walk_in' AND NOT EXISTS (SELECT 1 FROM "visit" v WHERE v."appointment_id" = a."id");

-- The past ones are over: their appointments say so.
UPDATE "appointment" a SET "status" = 'completed'
FROM "visit" v WHERE v."appointment_id" = a."id" AND a."channel" = 'walk_in' AND a."status" = 'checked_in' AND v."status" = 'done';

-- Finishing a visit ends its appointment then, freeing the rest of the booked time. A visitor served before their
-- booked time takes none of it: their appointment ends where it starts (an empty range, which overlaps nothing).
ALTER TABLE "appointment" DROP CONSTRAINT "appointment_times";
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_times" CHECK ("starts_at" <= "ends_at" AND "ends_at" <= "blocked_until");
