-- The availability of a product reads, per desk, the live appointments that begin in a window of up to 62 days,
-- in order (src/appointments/agenda.ts). This index answers that alone: in order of start, with the end of each
-- appointment's buffer and its id (the one being moved is left out) at hand, so no table row is read.
-- Prisma's schema language cannot say INCLUDE or WHERE; test/db/schema-agreement.test.ts names it.
CREATE INDEX "appointment_agenda" ON "appointment" ("desk_id", "starts_at") INCLUDE ("blocked_until", "id")
WHERE "status" <> 'cancelled';
