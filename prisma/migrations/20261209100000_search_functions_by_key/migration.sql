-- The search document's functions look rows up by key (a ticket's id, a citizen's id), and every connection keeps
-- its plan for them (PL/pgSQL). A plan made while a table was empty or nearly (a new town's first tickets, the
-- benchmark's fresh database; 20261203700000 even analyzed ticket_search while it was empty) is a sequential scan,
-- kept until the table is analyzed again: each new ticket then read every search document, address and ticket
-- before it. Measured in a 10 s intake round of 3,440 tickets on a fresh database: 8.5 million rows of
-- ticket_search, 6.0 million of contact_identity and 1.6 million of ticket read by sequential scans, the cost of a
-- ticket growing with the number before it. A key lookup is never better done by scanning the table, so these
-- functions plan without sequential scans, whatever the statistics say. Without JIT too: the penalty that keeps a
-- plan off sequential scans also lifts a plan that has no other way (a table without an index) above jit_above_cost,
-- and compiling it took 14 ms a call.
ALTER FUNCTION ticket_search_doc(UUID) SET enable_seqscan = off SET jit = off;
ALTER FUNCTION ticket_search_refresh(UUID) SET enable_seqscan = off SET jit = off;

-- A citizen's tickets were found with `contact_id = ANY (ids)`, which PostgreSQL planned again on every call (a
-- custom plan for each array: 12,659 plans for 14,089 calls in one benchmark run); one lookup per citizen's id is
-- planned once.
CREATE OR REPLACE FUNCTION ticket_search_on_contact() RETURNS TRIGGER LANGUAGE plpgsql
SET enable_seqscan = off
SET jit = off
AS $$
DECLARE
  ids UUID[];
  c_id UUID;
BEGIN
  IF TG_TABLE_NAME = 'contact' THEN
    ids := ARRAY[NEW.id];
  ELSIF TG_OP = 'DELETE' THEN
    ids := ARRAY[OLD.contact_id];
  ELSIF TG_OP = 'INSERT' THEN
    ids := ARRAY[NEW.contact_id];
  ELSIF OLD.contact_id IS DISTINCT FROM NEW.contact_id THEN
    ids := ARRAY[OLD.contact_id, NEW.contact_id];
  ELSE
    ids := ARRAY[NEW.contact_id];
  END IF;
  FOREACH c_id IN ARRAY ids LOOP
    PERFORM ticket_search_refresh(t.id) FROM ticket t WHERE t.contact_id = c_id;
  END LOOP;
  RETURN NULL;
END $$;

-- Intake's one read (src/intake/intake.ts lookUp) as a function. Sent as a prepared statement, PostgreSQL planned it
-- again for most tickets (2,529 plans for 4,138 calls, 0.2 ms each, more than running it): for an array of known
-- length a custom plan looks cheaper than the generic one, so the generic plan was never kept. Here it is planned once
-- per connection, by key (without sequential scans or JIT, as above).
CREATE FUNCTION intake_look_up(in_channel "Channel", in_external_id TEXT, kinds TEXT[], identity_values TEXT[],
  OUT version TEXT, OUT repeated BOOLEAN, OUT identities JSON)
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
SET enable_seqscan = off
SET jit = off
AS $$
BEGIN
  SELECT r.version::text INTO version FROM reference_version r;
  repeated := in_external_id IS NOT NULL
    AND EXISTS (SELECT 1 FROM message m WHERE m.channel = in_channel AND m.external_id = in_external_id);
  SELECT coalesce(json_agg(json_build_object('kind', i.kind, 'value', i.value, 'contactId', i.contact_id,
                                             'name', c.name, 'language', c.language,
                                             'bouncedAt', i.bounced_at, 'smsOptedOutAt', i.sms_opted_out_at)), '[]'::json)
    INTO identities
    FROM contact_identity i JOIN contact c ON c.id = i.contact_id
   -- kind compared as the enum, so the unique index on (kind, value) finds each one; compared as text, PostgreSQL
   -- looked the values up through the trigram index (1.3 ms each at 100,000 identities)
   WHERE (i.kind, i.value) IN (SELECT k::"IdentityKind", v FROM unnest(kinds, identity_values) AS u(k, v));
END $$;
