-- "When is the next row due?" answered 0 ("now") when nothing was waiting at all: GREATEST ignores the NULL of an
-- empty outbox. Every idle relay then asked again 5 ms later, for ever: about 140 passes a second per worker process,
-- three queries each (2,488 commits in three idle seconds with two relays). Nothing waiting is NULL again, and the
-- relay waits for a signal or its sweep.
CREATE OR REPLACE FUNCTION notification_next_due_ms(paused TEXT[], lease_ms INT) RETURNS FLOAT8
LANGUAGE plpgsql
SET enable_bitmapscan = off
AS $$
DECLARE
  due TIMESTAMPTZ;
BEGIN
  SELECT min(t) INTO due FROM (
    SELECT min(send_after) AS t FROM notification
    WHERE status = 'pending' AND send_after IS NOT NULL AND send_after > now() AND NOT (channel::text = ANY (paused))
    UNION ALL
    SELECT min(locked_at) + lease_ms * interval '1 millisecond' FROM notification WHERE status = 'sending'
  ) rows_due;
  IF due IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN GREATEST(0, EXTRACT(EPOCH FROM (due - now())) * 1000)::float8;
END $$;
