-- Events written in one transaction (a reply and the status change it causes) can share a millisecond, and a
-- random uuid then put them in any order on the timeline. seq is the order they were written in; readers sort
-- by created_at, then seq. Existing rows are numbered in the table's physical order, which is as good as any
-- for ties that were already ambiguous.
ALTER TABLE "ticket_event" ADD COLUMN "seq" BIGSERIAL NOT NULL;
