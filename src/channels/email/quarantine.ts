import { db } from '../../db';
import type { Mailbox, Prisma, QuarantinedEmail } from '../../generated/prisma/client';
import { blobStore, readBlob } from '../../attachments/storage';
import { logger } from '../../logger';
import { NotFoundError, ConflictError } from '../../shared/errors';
import { processEmail, type EmailOutcome } from './ingest';
import { UnusableEmail, type ReadEmail } from './parse';

export type IngestResult = EmailOutcome | { status: 'quarantined'; quarantineId: string };

/** What can be read from a header block that a full parse refused: enough for an administrator to recognise the mail. */
function peekHeaders(raw: Buffer) {
  const head =
    raw
      .subarray(0, 64 * 1024)
      .toString('latin1')
      .split(/\r?\n\r?\n/)[0] ?? '';
  const header = (name: string) =>
    new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im')
      .exec(head)?.[1]
      ?.replace(/\r?\n[ \t]+/g, ' ')
      .trim()
      .slice(0, 300);
  return {
    messageIdHeader: header('Message-ID') ?? null,
    fromAddress: header('From') ?? null,
    subject: header('Subject') ?? null,
  };
}

function reasonOf(err: unknown): { reason: string; error: string } {
  if (err instanceof UnusableEmail) return { reason: err.reason, error: err.message };
  return { reason: 'processing_error', error: String((err as Error)?.message ?? err).slice(0, 2000) };
}

export async function quarantine(
  raw: Buffer | undefined,
  mailbox: Mailbox | null,
  uid: bigint | undefined,
  reason: string,
  error: string,
  size?: number,
  peek?: ReturnType<typeof peekHeaders>,
) {
  const stored = raw ? await blobStore().put(raw) : undefined;
  return db().quarantinedEmail.create({
    data: {
      mailboxId: mailbox?.id,
      uid,
      ...(peek ?? (raw ? peekHeaders(raw) : {})),
      size: size ?? raw?.length ?? 0,
      reason,
      error,
      storageKey: stored?.key,
    },
  });
}

/**
 * Never loses a message: what cannot become a ticket is kept raw, for an administrator to see and retry.
 * Nor doubles one: a message read again from its mailbox (the reader stopped after keeping it, before
 * marking it processed) finds the row it already has, as a ticket finds its Message-ID.
 */
export async function ingestEmail(
  raw: Buffer,
  mailbox: Mailbox | null,
  uid?: bigint,
  read?: ReadEmail,
): Promise<IngestResult> {
  try {
    return await processEmail(raw, mailbox, read);
  } catch (err) {
    const { reason, error } = reasonOf(err);
    if (mailbox && uid !== undefined) {
      // the store is content-addressed: the same bytes have the same key
      const { key } = await blobStore().put(raw);
      const already = await db().quarantinedEmail.findFirst({
        where: { mailboxId: mailbox.id, uid, storageKey: key },
        select: { id: true },
      });
      if (already) return { status: 'quarantined', quarantineId: already.id };
    }
    if (reason === 'processing_error')
      logger.error({ err, mailbox: mailbox?.name, uid: uid?.toString() }, 'email could not be processed; quarantined');
    const row = await quarantine(raw, mailbox, uid, reason, error);
    return { status: 'quarantined', quarantineId: row.id };
  }
}

async function readRaw(row: QuarantinedEmail): Promise<Buffer> {
  if (!row.storageKey)
    throw new ConflictError(
      'This message was too large to keep, so it cannot be retried; ask the sender to send it again.',
    );
  return readBlob(row.storageKey);
}

export async function retryQuarantined(id: string): Promise<QuarantinedEmail> {
  const row = await db().quarantinedEmail.findUnique({ where: { id }, include: { mailbox: true } });
  if (!row) throw new NotFoundError('No such quarantined message.');
  if (row.status !== 'held') throw new ConflictError(`This message is already ${row.status}.`);
  const raw = await readRaw(row);
  try {
    const outcome = await processEmail(raw, row.mailbox);
    return db().quarantinedEmail.update({
      where: { id },
      data: {
        status: 'resolved',
        resolvedAt: new Date(),
        attempts: { increment: 1 },
        ticketId: outcome.ticketId ?? null,
        error: null,
      },
    });
  } catch (err) {
    return db().quarantinedEmail.update({ where: { id }, data: { attempts: { increment: 1 }, ...reasonOf(err) } });
  }
}

export async function dismissQuarantined(id: string): Promise<QuarantinedEmail> {
  const row = await db().quarantinedEmail.findUnique({ where: { id } });
  if (!row) throw new NotFoundError('No such quarantined message.');
  return db().quarantinedEmail.update({ where: { id }, data: { status: 'dismissed', resolvedAt: new Date() } });
}

export async function quarantinedRaw(id: string): Promise<Buffer> {
  const row = await db().quarantinedEmail.findUnique({ where: { id } });
  if (!row) throw new NotFoundError('No such quarantined message.');
  return readRaw(row);
}

export { peekHeaders };

export async function findQuarantined(id: string): Promise<QuarantinedEmail> {
  const q = await db().quarantinedEmail.findUnique({ where: { id } });
  if (!q) throw new NotFoundError('No such quarantined message.');
  return q;
}

export const listQuarantined = (
  where: Prisma.QuarantinedEmailWhereInput,
  orderBy: Prisma.QuarantinedEmailOrderByWithRelationInput[],
  page: { skip: number; take: number },
) => db().quarantinedEmail.findMany({ where, orderBy, ...page });

export const countQuarantined = (where: Prisma.QuarantinedEmailWhereInput) => db().quarantinedEmail.count({ where });
