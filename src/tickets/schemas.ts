import { z } from 'zod';
import { EmailField, PhoneField } from '../shared/identities';
import { oneOrMany } from '../http/list';
import { Version } from '../shared/versions';
import { ChannelField, ManualChannelField, ReplyChannelField } from '../shared/channels';

export const Status = z.enum(['new', 'open', 'pending_citizen', 'resolved', 'closed']);
export const PriorityEnum = z.enum(['low', 'normal', 'high', 'urgent']);
export const ChannelEnum = ChannelField;
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
    /** relative to who asks, so one saved filter or preset serves every agent: 'me' or 'nobody' */
    assignee: z.enum(['me', 'nobody'], 'Choose me or nobody.').optional(),
    /** true: only tickets still being worked on (new, open, waiting for the citizen); false filters nothing */
    unresolved: z.boolean().optional(),
    contactId: Uuid.optional(),
    createdAt_gte: z.coerce.date().optional(),
    createdAt_lte: z.coerce.date().optional(),
    /** at_risk: close to a running deadline or past it */
    sla: z.enum(['warning', 'breached', 'at_risk']).optional(),
  },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? `Unknown filter ${iss.keys.join(', ')}.` : undefined) },
);

export const TicketSortable = [
  'createdAt',
  'updatedAt',
  'reference',
  'status',
  'priority',
  'subject',
  'channel',
] as const;

export const TicketUpdateBody = z.object({
  status: Status.optional(),
  priority: PriorityEnum.optional(),
  categoryId: Uuid.nullable().optional(),
  departmentId: Uuid.nullable().optional(),
  assigneeId: Uuid.nullable().optional(),
  subject: z.string().trim().min(3).max(200).optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
  reason: z.string().trim().max(500).optional(),
  /** the version the agent's screen showed; an older one than stored is a 409 and nothing changes */
  version: Version,
});

const Tag = z.string().trim().min(1).max(50);

/** One change to many tickets at once, each named with the version the agent's list showed. */
export const BulkBody = z.object({
  tickets: z
    .array(z.object({ id: Uuid, version: Version }))
    .min(1, 'Select at least one ticket.')
    .max(100, 'Change at most 100 tickets at once.'),
  change: z
    .strictObject({
      status: Status.optional(),
      priority: PriorityEnum.optional(),
      categoryId: Uuid.nullable().optional(),
      departmentId: Uuid.nullable().optional(),
      assigneeId: Uuid.nullable().optional(),
      addTags: z.array(Tag).max(20).optional(),
      removeTags: z.array(Tag).max(20).optional(),
      reason: z.string().trim().max(500).optional(),
      /** merge every other selected ticket into this one (one of the selection) */
      mergeIntoId: Uuid.optional(),
    })
    .refine(
      (c) => Object.keys(c).some((k) => k !== 'reason'),
      'Say what to change: status, priority, categoryId, departmentId, assigneeId, addTags, removeTags or mergeIntoId.',
    )
    .refine(
      (c) => !c.mergeIntoId || Object.keys(c).length === 1,
      'A merge is a change of its own: send mergeIntoId alone.',
    ),
});
export type BulkChange = z.infer<typeof BulkBody>['change'];

export const TicketCreateBody = z.object({
  subject: z.string().trim().min(3, 'Use at least 3 characters.').max(200),
  body: z.string().trim().min(1, 'Write down what the citizen asked.').max(10000),
  channel: ManualChannelField,
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
  /** one of the reply channels (email by default when the citizen has an address) */
  via: ReplyChannelField.optional(),
  /** a channel that refuses free text now (a chat app's window): send its approved template (it points to the tracking page) instead of this text */
  asTemplate: z.boolean().optional(),
});
/** The text as it stands in the compose box, possibly still empty. */
export const ReplyPreviewBody = z.object({
  body: z.string().max(20000),
  via: ReplyChannelField.optional(),
});
export const NoteBody = z.object({ body: z.string().trim().min(1, 'Write a note.').max(20000) });
export const MergeBody = z.object({ targetId: Uuid });
