-- Every record agents and staff edit side by side carries a version: a write must name the version it was made
-- against, and a stale one is refused (409) instead of silently undoing a colleague's change.
--
-- The version is counted by a trigger, not by the application: tickets are changed from many places (the console,
-- status buttons, replies and first-response times, merges, routing and automatic assignment, SLA warnings and
-- escalations, intake reopening a ticket, privacy tooling, raw SQL in the SLA sweep), and a single forgotten
-- "version + 1" would make a later stale write look fresh. The trigger counts every UPDATE, whoever makes it.
CREATE FUNCTION "bump_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."version" := OLD."version" + 1;
  RETURN NEW;
END;
$$;

ALTER TABLE "ticket" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "contact" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "appointment" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "routing_rule" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "notification_template" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- who saved a routing rule last, so a refused stale save can name them (templates already keep this)
ALTER TABLE "routing_rule" ADD COLUMN "updated_by_user_id" UUID;
ALTER TABLE "routing_rule" ADD CONSTRAINT "routing_rule_updated_by_user_id_fkey" FOREIGN KEY ("updated_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TRIGGER "ticket_version" BEFORE UPDATE ON "ticket" FOR EACH ROW EXECUTE FUNCTION "bump_version"();
CREATE TRIGGER "contact_version" BEFORE UPDATE ON "contact" FOR EACH ROW EXECUTE FUNCTION "bump_version"();
CREATE TRIGGER "appointment_version" BEFORE UPDATE ON "appointment" FOR EACH ROW EXECUTE FUNCTION "bump_version"();
CREATE TRIGGER "routing_rule_version" BEFORE UPDATE ON "routing_rule" FOR EACH ROW EXECUTE FUNCTION "bump_version"();
CREATE TRIGGER "notification_template_version" BEFORE UPDATE ON "notification_template" FOR EACH ROW EXECUTE FUNCTION "bump_version"();
