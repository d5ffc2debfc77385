-- Intake writes a new ticket in one statement (src/intake/writeTicket.ts). Two things it needs from the database:
--
-- 1. A counter of changes to what intake reads for every ticket and keeps in memory (categories, SLA policies,
--    routing rules and zones, opening hours and closures): intake reads the counter with its first query anyway, so
--    every api copy sees an edit made anywhere at once, without a query for those tables per ticket.
CREATE TABLE "reference_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "version" BIGINT NOT NULL DEFAULT 1,
    CONSTRAINT "reference_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "reference_version_one_row" CHECK ("id")
);
INSERT INTO "reference_version" ("id", "version") VALUES (true, 1);

CREATE FUNCTION "bump_reference_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "reference_version" SET "version" = "version" + 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "category_reference_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "category"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_reference_version"();
CREATE TRIGGER "sla_policy_reference_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "sla_policy"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_reference_version"();
CREATE TRIGGER "routing_rule_reference_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "routing_rule"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_reference_version"();
CREATE TRIGGER "zone_reference_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "zone"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_reference_version"();
CREATE TRIGGER "opening_hours_reference_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "opening_hours"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_reference_version"();
CREATE TRIGGER "closure_reference_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "closure"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_reference_version"();

-- 2. Automatic assignment as a function the intake statement calls (it was a few queries from the application):
--    round robin, or the agent with the fewest open tickets (ties in round-robin order), never above the
--    department's maximum. The department row is locked only when the department assigns at all, so tickets for a
--    department that does not assign are no longer queued behind each other on its row.
CREATE FUNCTION "auto_assign"("dept" UUID, OUT "assignee_id" UUID, OUT "strategy" TEXT) LANGUAGE plpgsql AS $$
DECLARE
  d RECORD;
BEGIN
  IF "dept" IS NULL OR NOT EXISTS (
    SELECT 1 FROM "department" WHERE "id" = "dept" AND "assignment_strategy" <> 'none'
  ) THEN
    RETURN;
  END IF;
  SELECT "assignment_strategy"::text AS s, "max_open_per_agent" AS max_open, "last_assigned_user_id" AS last_user
    INTO d FROM "department" WHERE "id" = "dept" FOR UPDATE;
  IF NOT FOUND OR d.s = 'none' THEN
    RETURN;
  END IF;
  WITH candidates AS (
    SELECT u."id",
           (SELECT count(*) FROM "ticket" t
             WHERE t."assignee_id" = u."id" AND t."status" IN ('new', 'open', 'pending_citizen')) AS open_tickets
      FROM "app_user" u
     WHERE u."active" AND u."available" AND u."role" IN ('agent', 'staff')
       AND EXISTS (SELECT 1 FROM "department_membership" m WHERE m."user_id" = u."id" AND m."department_id" = "dept")
  )
  SELECT c."id" INTO "assignee_id" FROM candidates c
   WHERE d.max_open IS NULL OR c.open_tickets < d.max_open
   -- round-robin order: starting just after the agent who got the previous ticket
   ORDER BY CASE WHEN d.s = 'least_loaded' THEN c.open_tickets ELSE 0 END,
            (d.last_user IS NOT NULL AND c."id" <= d.last_user), c."id"
   LIMIT 1;
  IF "assignee_id" IS NULL THEN
    RETURN;
  END IF;
  UPDATE "department" SET "last_assigned_user_id" = "assignee_id", "updated_at" = now() WHERE "id" = "dept";
  "strategy" := d.s;
END;
$$;

-- 3. A new ticket's search document was written three times by one intake (the new identity, the ticket, the
--    message each refresh it at the end of the statement), each a new row version and new trigram index entries.
--    A refresh that finds the document as it is now writes nothing.
CREATE OR REPLACE FUNCTION ticket_search_refresh(t_id UUID) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO ticket_search (ticket_id, created_at, doc)
  SELECT t.id, t.created_at, ticket_search_doc(t.id) FROM ticket t WHERE t.id = t_id
  ON CONFLICT (ticket_id) DO UPDATE SET doc = EXCLUDED.doc, created_at = EXCLUDED.created_at
  WHERE ticket_search.doc IS DISTINCT FROM EXCLUDED.doc OR ticket_search.created_at IS DISTINCT FROM EXCLUDED.created_at
$$;

-- 4. The outbox's NOTIFY leaves the writing transactions. PostgreSQL serializes the commits of all transactions that
--    sent a NOTIFY (one lock held until the commit is on disk), so the insert trigger made every ticket's commit wait
--    for the one before it: the intake benchmark's limit round wrote about 450 tickets/s with it and about 1,000
--    without it. Writers now signal the relays just after their commit, a few signals a second at most
--    (signalOutbox, src/notifications/outbox.ts), and the relays' timer finds what a signal missed.
DROP TRIGGER notification_signal_outbox ON notification;
DROP FUNCTION notification_signal_outbox();
