import { z } from 'zod';
import { EmailField, PhoneField } from '../shared/identities';
import { oneOrMany } from '../http/list';

export const Status = z.enum(['new', 'open', 'pending_citizen', 'resolved', 'closed']);
export const PriorityEnum = z.enum(['low', 'normal', 'high', 'urgent']);
export const ChannelEnum = z.enum(['web', 'email', 'phone', 'sms', 'counter', 'open311']);
const Uuid = z.uuid('Must be an id (UUID).');

export const TicketFilter = z.strictObject(
  {
    q: z.string().trim().max(200).optional(),
    id: oneOrMany(Uuid).optional(),
    status: oneOrMany(Status).optional(),
    channel: oneOrMany(ChannelEnum).optional(),
    priority: oneOrMany(PriorityEnum).optional(),
    departmentId: oneOrMany(Uuid).optional(),
    categoryId: oneOrMany(Uuid).optional(),
    assigneeId: z.union([Uuid, z.array(Uuid), z.null()]).optional(),
    contactId: Uuid.optional(),
    createdAt_gte: z.coerce.date().optional(),
    createdAt_lte: z.coerce.date().optional(),
    sla: z.enum(['warning', 'breached']).optional(),
  },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `Unknown filter ${iss.keys.join(', ')}.` : undefined) },
);

export const TicketSortable = ['createdAt', 'updatedAt', 'reference', 'status', 'priority', 'subject', 'channel'] as const;

export const TicketUpdateBody = z.object({
  status: Status.optional(),
  priority: PriorityEnum.optional(),
  categoryId: Uuid.nullable().optional(),
  departmentId: Uuid.nullable().optional(),
  assigneeId: Uuid.nullable().optional(),
  subject: z.string().trim().min(3).max(200).optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
  reason: z.string().trim().max(500).optional(),
});

export const TicketCreateBody = z.object({
  subject: z.string().trim().min(3, 'Use at least 3 characters.').max(200),
  body: z.string().trim().min(1, 'Write down what the citizen asked.').max(10000),
  channel: z.enum(['phone', 'counter', 'email', 'web']),
  categoryId: Uuid.optional().nullable(),
  departmentId: Uuid.optional().nullable(),
  contact: z
    .object({
      name: z.string().trim().max(200).optional(),
      email: z.preprocess((v) => (v === '' ? undefined : v), EmailField.optional()),
      phone: z.preprocess((v) => (v === '' ? undefined : v), PhoneField.optional()),
      language: z.enum(['nl', 'en']).default('nl'),
    })
    .default({ language: 'nl' }),
});

export const ReplyBody = z.object({
  body: z.string().trim().min(1, 'Write a reply.').max(20000),
  status: Status.optional(),
  /** email (default when the citizen has an address) or sms */
  via: z.enum(['email', 'sms'], 'Choose email or sms.').optional(),
});
/** The text as it stands in the compose box, possibly still empty. */
export const ReplyPreviewBody = z.object({
  body: z.string().max(20000),
  via: z.enum(['email', 'sms'], 'Choose email or sms.').optional(),
});
export const NoteBody = z.object({ body: z.string().trim().min(1, 'Write a note.').max(20000) });
export const MergeBody = z.object({ targetId: Uuid });
