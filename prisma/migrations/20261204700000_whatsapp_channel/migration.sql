-- WhatsApp (through Twilio) as a channel: tickets come in by it, a contact has a WhatsApp number as an identity of
-- its own (opted out apart from SMS), and notifications go out by it. ADD VALUE may run inside the migration's
-- transaction (PostgreSQL 12+) as long as nothing in the same transaction uses the new value: nothing here does.
ALTER TYPE "Channel" ADD VALUE IF NOT EXISTS 'whatsapp';
ALTER TYPE "IdentityKind" ADD VALUE IF NOT EXISTS 'whatsapp';
ALTER TYPE "NotificationChannel" ADD VALUE IF NOT EXISTS 'whatsapp';
