-- The console's search over a town's years of tickets. Searching reference, subject, the citizen's name and
-- addresses and every message as an OR across five tables could not use the trigram indexes together (about a
-- second per search over a million tickets). One search document per ticket, with one trigram index, lets
-- PostgreSQL either walk the newest tickets and stop at a page of matches (a common word) or take the few matches
-- from the index (a rare word or a piece of a reference).
--
-- The document is kept by the database itself, so every write path (intake of every channel, replies, notes,
-- merges, erasure and anonymisation) keeps it true without application code. It lives beside the ticket, not in
-- it: a new message must not rewrite (nor bump the version of) the ticket row an agent is editing.
CREATE TABLE "ticket_search" (
    "ticket_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "doc" TEXT NOT NULL,
    CONSTRAINT "ticket_search_pkey" PRIMARY KEY ("ticket_id"),
    CONSTRAINT "ticket_search_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ticket_search_doc_trgm_idx" ON "ticket_search" USING GIN ("doc" gin_trgm_ops);

-- what one ticket is found by
CREATE FUNCTION ticket_search_doc(t_id UUID) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT concat_ws(' ', t.reference, t.subject, c.name,
           (SELECT string_agg(i.value, ' ' ORDER BY i.value) FROM contact_identity i WHERE i.contact_id = t.contact_id),
           (SELECT string_agg(m.body_text, ' ' ORDER BY m.created_at) FROM message m WHERE m.ticket_id = t.id))
  FROM ticket t LEFT JOIN contact c ON c.id = t.contact_id
  WHERE t.id = t_id
$$;

-- the same documents for every ticket at once (for this migration and bulk loads): one pass over each table
-- instead of a million look-ups
CREATE FUNCTION ticket_search_rebuild() RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO ticket_search (ticket_id, created_at, doc)
  SELECT t.id, t.created_at, concat_ws(' ', t.reference, t.subject, c.name, i.v, m.v)
  FROM ticket t
  LEFT JOIN contact c ON c.id = t.contact_id
  LEFT JOIN (SELECT contact_id, string_agg(value, ' ' ORDER BY value) AS v FROM contact_identity GROUP BY contact_id) i ON i.contact_id = t.contact_id
  LEFT JOIN (SELECT ticket_id, string_agg(body_text, ' ' ORDER BY created_at) AS v FROM message GROUP BY ticket_id) m ON m.ticket_id = t.id
  ON CONFLICT (ticket_id) DO UPDATE SET doc = EXCLUDED.doc, created_at = EXCLUDED.created_at
$$;

CREATE FUNCTION ticket_search_refresh(t_id UUID) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO ticket_search (ticket_id, created_at, doc)
  SELECT t.id, t.created_at, ticket_search_doc(t.id) FROM ticket t WHERE t.id = t_id
  ON CONFLICT (ticket_id) DO UPDATE SET doc = EXCLUDED.doc, created_at = EXCLUDED.created_at
$$;

CREATE FUNCTION ticket_search_on_ticket() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ticket_search_refresh(NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER ticket_search_ticket_insert AFTER INSERT ON "ticket" FOR EACH ROW EXECUTE FUNCTION ticket_search_on_ticket();
CREATE TRIGGER ticket_search_ticket_update AFTER UPDATE OF reference, subject, contact_id ON "ticket" FOR EACH ROW EXECUTE FUNCTION ticket_search_on_ticket();

CREATE FUNCTION ticket_search_on_message() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM ticket_search_refresh(OLD.ticket_id); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.ticket_id IS DISTINCT FROM OLD.ticket_id) THEN
    PERFORM ticket_search_refresh(NEW.ticket_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER ticket_search_message AFTER INSERT OR DELETE OR UPDATE OF body_text, ticket_id ON "message" FOR EACH ROW EXECUTE FUNCTION ticket_search_on_message();

-- a citizen's name or addresses change: every ticket of theirs
CREATE FUNCTION ticket_search_on_contact() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  ids UUID[];
BEGIN
  IF TG_TABLE_NAME = 'contact' THEN
    ids := ARRAY[NEW.id];
  ELSIF TG_OP = 'DELETE' THEN
    ids := ARRAY[OLD.contact_id];
  ELSIF TG_OP = 'INSERT' THEN
    ids := ARRAY[NEW.contact_id];
  ELSE
    ids := ARRAY[OLD.contact_id, NEW.contact_id];
  END IF;
  PERFORM ticket_search_refresh(t.id) FROM ticket t WHERE t.contact_id = ANY (ids);
  RETURN NULL;
END $$;
CREATE TRIGGER ticket_search_contact AFTER UPDATE OF name ON "contact" FOR EACH ROW EXECUTE FUNCTION ticket_search_on_contact();
CREATE TRIGGER ticket_search_identity AFTER INSERT OR DELETE OR UPDATE OF value, contact_id ON "contact_identity" FOR EACH ROW EXECUTE FUNCTION ticket_search_on_contact();

SELECT ticket_search_rebuild();
-- finer statistics for the words in the documents: the planner's estimate of how many tickets contain a word
-- decides between walking the newest tickets and asking the trigram index
ALTER TABLE "ticket_search" ALTER COLUMN "doc" SET STATISTICS 1000;
ANALYZE "ticket_search";

-- the list's usual orders and filters, each a walk in order that stops after a page
CREATE INDEX "ticket_status_created_at_idx" ON "ticket"("status", "created_at");
CREATE INDEX "ticket_department_id_status_created_at_idx" ON "ticket"("department_id", "status", "created_at");
CREATE INDEX "ticket_assignee_id_created_at_idx" ON "ticket"("assignee_id", "created_at");
DROP INDEX "ticket_status_idx";
DROP INDEX "ticket_department_id_status_idx";
DROP INDEX "ticket_assignee_id_idx";
