-- The calendar invitation's SEQUENCE: one more for every change the citizen is told about, so calendar programs
-- apply a move and a cancellation in the right order even when both happen within a second.
ALTER TABLE "appointment" ADD COLUMN "sequence" INTEGER NOT NULL DEFAULT 0;
