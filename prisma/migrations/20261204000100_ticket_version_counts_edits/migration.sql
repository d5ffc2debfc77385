-- A ticket's version counts the changes an agent could overwrite, not the system's bookkeeping. The SLA worker
-- stamping "warned at" or a reply recording the first response time changed no field an agent edits, yet the
-- colleague saving the ticket a moment later got a 409 naming a change they could not see. Those writes go
-- through without a new version now; a write that also changes an agent's field (an escalation raising the
-- priority, a reply setting the status) still counts, as does every write to the other versioned records.
CREATE FUNCTION "ticket_bump_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- written only by the system, next to what agents edit
  bookkeeping CONSTANT TEXT[] := ARRAY['version', 'updated_at', 'first_response_due_at', 'first_response_warn_at',
    'first_response_warned_at', 'first_response_breached_at', 'due_at', 'resolution_warn_at', 'resolution_warned_at',
    'resolution_breached_at', 'first_response_at', 'routed_by_rule_id', 'open311_token'];
BEGIN
  IF (to_jsonb(NEW) - bookkeeping) IS DISTINCT FROM (to_jsonb(OLD) - bookkeeping) THEN
    NEW."version" := OLD."version" + 1;
  ELSE
    NEW."version" := OLD."version";
  END IF;
  RETURN NEW;
END;
$$;
DROP TRIGGER "ticket_version" ON "ticket";
CREATE TRIGGER "ticket_version" BEFORE UPDATE ON "ticket" FOR EACH ROW EXECUTE FUNCTION "ticket_bump_version"();
