-- The relays' claim of the oldest due rows (src/notifications/deliver.ts claimDue). Planned on statistics from
-- when the outbox was nearly empty, as it usually is, PostgreSQL gathered every waiting row in a bitmap and sorted
-- them, which is what a burst of mail makes slow (3 ms a claim with 4,000 waiting, measured with auto_explain):
-- this function walks notification_waiting_idx in the order rows are claimed in, and stops after `n`.
CREATE FUNCTION notification_claim_due(paused TEXT[], lease_ms INT, n INT) RETURNS SETOF notification
LANGUAGE plpgsql
SET enable_bitmapscan = off
SET enable_sort = off
AS $$
BEGIN
  RETURN QUERY
  UPDATE notification SET status = 'sending', locked_at = now(), attempts = attempts + 1
  WHERE id IN (
    SELECT w.id FROM notification w
    WHERE w.status IN ('pending', 'sending')
      AND w.template NOT LIKE 'status\_%' AND NOT (w.channel::text = ANY (paused))
      AND ((w.status = 'pending' AND (w.send_after IS NULL OR w.send_after <= now()))
        OR (w.status = 'sending' AND w.locked_at < now() - lease_ms * interval '1 millisecond'))
    ORDER BY w.created_at
    LIMIT n
    FOR UPDATE SKIP LOCKED)
  RETURNING notification.*;
END $$;

-- The relays' other two questions, asked on every pass that finds little, planned the same way for the same reason:
-- the status updates that are due (oldest first), and when the next delayed row falls due or a lease runs out.
CREATE FUNCTION notification_due_status_updates(paused TEXT[], lease_ms INT, n INT) RETURNS SETOF UUID
LANGUAGE plpgsql
SET enable_bitmapscan = off
SET enable_sort = off
AS $$
BEGIN
  RETURN QUERY
  SELECT w.id FROM notification w
  WHERE w.status IN ('pending', 'sending')
    AND w.template LIKE 'status\_%' AND NOT (w.channel::text = ANY (paused))
    AND ((w.status = 'pending' AND (w.send_after IS NULL OR w.send_after <= now()))
      OR (w.status = 'sending' AND w.locked_at < now() - lease_ms * interval '1 millisecond'))
  ORDER BY w.created_at
  LIMIT n;
END $$;

CREATE FUNCTION notification_next_due_ms(paused TEXT[], lease_ms INT) RETURNS FLOAT8
LANGUAGE plpgsql
SET enable_bitmapscan = off
AS $$
BEGIN
  RETURN (
    SELECT (GREATEST(0, EXTRACT(EPOCH FROM (min(t) - now())) * 1000))::float8 FROM (
      SELECT min(send_after) AS t FROM notification
      WHERE status = 'pending' AND send_after IS NOT NULL AND send_after > now() AND NOT (channel::text = ANY (paused))
      UNION ALL
      SELECT min(locked_at) + lease_ms * interval '1 millisecond' FROM notification WHERE status = 'sending'
    ) due);
END $$;
