import type { Tx } from '../db';
import type { Prisma } from '../generated/prisma/client';

/** Every kind of timeline event the server writes; the console has a sentence for each (test/console/words.test.ts). */
export const TICKET_EVENT_TYPES = [
  'created',
  'status_changed',
  'priority_changed',
  'category_changed',
  'department_changed',
  'assigned',
  'subject_changed',
  'tags_changed',
  'replied',
  'note_added',
  'message_received',
  'merged',
  'merged_into',
  'routed',
  'auto_assigned',
  'sla_warning',
  'sla_breached',
  'voicemail_transcribed',
  'voicemail_transcription_failed',
  'media_fetch_failed',
  'callback_started',
  'callback_finished',
  'appointment_booked',
  'appointment_moved',
  'appointment_cancelled',
  'email_damaged',
  'document_attached',
  'document_delivered',
  'document_pickup_ready',
  'document_pickup_checked_in',
] as const;

export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

export async function recordEvent(
  tx: Tx,
  ticketId: string,
  type: TicketEventType,
  actorUserId: string | null | undefined,
  data: Prisma.InputJsonObject = {},
): Promise<void> {
  await tx.ticketEvent.create({ data: { ticketId, type, actorUserId: actorUserId ?? null, data } });
}
