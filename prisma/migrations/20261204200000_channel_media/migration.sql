-- Recordings, MMS photos and documents are fetched from Twilio by a job after the ticket exists, so a webhook never
-- waits for Twilio's REST API and a slow or failing fetch loses nothing: this row remembers what is still to fetch,
-- how often it was tried, and what became of it (and of a voicemail's transcription).
CREATE TABLE "channel_media" (
    "id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "source_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "ticket_id" UUID NOT NULL,
    "message_id" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "attachment_id" UUID,
    "transcription_status" TEXT,
    "transcription_attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "channel_media_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "channel_media_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "channel_media_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "message"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "channel_media_attachment_id_fkey" FOREIGN KEY ("attachment_id") REFERENCES "attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "channel_media_channel_source_id_key" ON "channel_media"("channel", "source_id");
CREATE UNIQUE INDEX "channel_media_attachment_id_key" ON "channel_media"("attachment_id");
CREATE INDEX "channel_media_status_updated_at_idx" ON "channel_media"("status", "updated_at");
CREATE INDEX "channel_media_ticket_id_idx" ON "channel_media"("ticket_id");
CREATE INDEX "channel_media_message_id_idx" ON "channel_media"("message_id");
