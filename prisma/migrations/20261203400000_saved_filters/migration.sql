-- Ticket-list filters an agent saves under a name ("Mijn dringende Burgerzaken"): kept on the server with the user,
-- so they follow the agent to every computer; only their owner sees them, and they go with the user.
CREATE TABLE "saved_filter" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "filter" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "saved_filter_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "saved_filter_user_id_name_key" ON "saved_filter"("user_id", "name");
ALTER TABLE "saved_filter" ADD CONSTRAINT "saved_filter_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
