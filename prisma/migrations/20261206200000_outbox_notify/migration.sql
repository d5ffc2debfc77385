-- The outbox relay (src/notifications/relay.ts) listens on channel 'outbox'. A trigger signals every insert, so
-- a writer needs no extra round trip and nothing is signalled before its transaction commits (NOTIFY is delivered
-- at commit, and a rolled-back transaction signals nothing). One signal per statement, and PostgreSQL folds
-- identical signals of one transaction into one, so a batch of rows wakes the relays once.
CREATE FUNCTION notification_signal_outbox() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER notification_signal_outbox
AFTER INSERT ON notification
FOR EACH STATEMENT EXECUTE FUNCTION notification_signal_outbox();

