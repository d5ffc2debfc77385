-- Citizens kept informed: status notifications with editable templates, the public map and Open311.
CREATE TYPE "MapVisibility" AS ENUM ('exact', 'approximate', 'hidden');

ALTER TABLE "category"
  ADD COLUMN "reportable" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "map_visibility" "MapVisibility" NOT NULL DEFAULT 'approximate',
  ADD COLUMN "group_name" TEXT,
  ADD COLUMN "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "attributes" JSONB NOT NULL DEFAULT '[]';

ALTER TABLE "ticket"
  ADD COLUMN "attributes" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "open311_token" TEXT;
CREATE UNIQUE INDEX "ticket_open311_token_key" ON "ticket"("open311_token");
CREATE INDEX "ticket_updated_at_idx" ON "ticket"("updated_at");

ALTER TABLE "contact" ADD COLUMN "status_updates_opt_out_at" TIMESTAMPTZ(3);

ALTER TABLE "notification" ADD COLUMN "send_after" TIMESTAMPTZ(3);

CREATE TABLE "notification_template" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updated_by_user_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "notification_template_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "notification_template_key_language_key" ON "notification_template"("key", "language");
ALTER TABLE "notification_template" ADD CONSTRAINT "notification_template_updated_by_user_id_fkey" FOREIGN KEY ("updated_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "api_key" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "key_prefix" TEXT NOT NULL,
    "created_by_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "api_key_key_hash_key" ON "api_key"("key_hash");
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_created_by_user_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
