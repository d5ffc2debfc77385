-- The outbox relays look for waiting rows many times a second while mail comes in (src/notifications/deliver.ts:
-- claimDue, dueStatusUpdates, nextDueInMs): the oldest pending or lapsed sending rows first. Through the index on
-- (status, created_at) that meant every waiting row of two statuses, gathered and sorted, and the entries of rows
-- long since sent until vacuum removed them: some 3 ms a pass with a backlog. This index holds the waiting rows
-- only, in the order they are claimed in. Prisma's schema language cannot say WHERE; schema-agreement.test.ts names it.
CREATE INDEX "notification_waiting_idx" ON "notification" ("created_at") WHERE "status" IN ('pending', 'sending');

-- When the outbox is quiet, a relay asks when the next delayed row falls due (a status update's delay, a retry's
-- backoff): the earliest send_after among the few pending rows that have one.
CREATE INDEX "notification_delayed_idx" ON "notification" ("send_after") WHERE "status" = 'pending' AND "send_after" IS NOT NULL;
