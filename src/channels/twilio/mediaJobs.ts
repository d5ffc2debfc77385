import { Worker } from 'bullmq';
import type { Channel } from '../../generated/prisma/enums';
import type { Attachment, ChannelMedia, Prisma } from '../../generated/prisma/client';
import { db, type Tx } from '../../db';
import { config } from '../../config';
import { logger } from '../../logger';
import { redisConnection } from '../../redis';
import { QUEUE, queue, queueConnection } from '../../queues';
import { blobStore } from '../../attachments/storage';
import { checkFileType, checkRecordingType, extensionFor } from '../../attachments/fileType';
import { recordEvent } from '../../tickets/events';
import { ticketChanged } from '../../shared/ticketChanges';
import { fetchTwilioMedia, MediaRefused } from './media';

export type MediaWithAttachment = ChannelMedia & { attachment: Attachment | null };

/** What a channel does when one of its files is stored or given up on, in the same transaction (a voicemail rewrites its text). */
export interface MediaHooks {
  stored?(tx: Tx, media: MediaWithAttachment): Promise<void>;
  failed?(tx: Tx, media: ChannelMedia): Promise<void>;
  /** after the transaction: queue what follows (a transcription) */
  afterStored?(media: MediaWithAttachment): Promise<void>;
}

export type MediaHooksByKind = Partial<Record<'recording' | 'media', MediaHooks>>;

const MAX_RECORDING_BYTES = 25 * 1024 * 1024;

/** Queues the fetch of files still pending; the row is the truth, so a job lost with Redis is queued again by the sweep. */
export async function enqueueMediaFetch(ids: string[]): Promise<void> {
  if (ids.length === 0 || queueConnection() === 'down') return;
  const c = config();
  const adding = queue(QUEUE.media).addBulk(
    ids.map((id) => ({
      name: 'fetch',
      data: { mediaId: id },
      opts: {
        jobId: `fetch-${id}`,
        attempts: c.MEDIA_FETCH_ATTEMPTS,
        backoff: { type: 'exponential', delay: c.MEDIA_FETCH_BACKOFF_MS },
        removeOnComplete: true,
        removeOnFail: true,
      },
    })),
  );
  adding.catch(() => undefined);
  const gaveUp = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 2000).unref());
  try {
    await Promise.race([adding, gaveUp]);
  } catch (err) {
    logger.warn({ err, ids }, 'media: could not queue now; the sweep will');
  }
}

/** After intake: queue the files a message announced (again, for a retried webhook: the job id keeps it single). */
export async function enqueueAnnouncedMedia(channel: Channel, sourceIds: string[]): Promise<void> {
  if (sourceIds.length === 0) return;
  const rows = await db().channelMedia.findMany({
    where: { channel, sourceId: { in: sourceIds }, status: 'pending' },
    select: { id: true },
  });
  await enqueueMediaFetch(rows.map((r) => r.id));
}

function checkType(media: ChannelMedia, content: Buffer): { ok: true; mime: string } | { ok: false; reason: string } {
  return media.kind === 'recording'
    ? checkRecordingType(media.filename, content)
    : checkFileType(media.filename, content);
}

const nameWithExtension = (filename: string, mime: string) =>
  /\.[a-z0-9]{2,5}$/i.test(filename) ? filename : filename + extensionFor(mime);

async function announce(ticketId: string): Promise<void> {
  const ticket = await db().ticket.findUnique({ where: { id: ticketId } });
  if (ticket) await ticketChanged('updated', ticket).catch(() => undefined);
}

/** Gives up on a file: the ticket's timeline says so, and a refused file is listed on its message like a refused email attachment. */
async function giveUp(
  media: ChannelMedia,
  reason: 'unreachable' | 'refused',
  error: string,
  hooks: MediaHooksByKind,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const done = await tx.channelMedia.updateMany({
      where: { id: media.id, status: 'pending' },
      data: { status: reason === 'refused' ? 'refused' : 'failed', lastError: error.slice(0, 1000) },
    });
    if (done.count === 0) return;
    if (reason === 'refused') {
      const message = await tx.message.findUniqueOrThrow({ where: { id: media.messageId }, select: { meta: true } });
      const meta = (message.meta ?? {}) as Prisma.JsonObject;
      const skipped = Array.isArray(meta.skippedAttachments) ? meta.skippedAttachments : [];
      await tx.message.update({
        where: { id: media.messageId },
        data: {
          meta: {
            ...meta,
            skippedAttachments: [
              ...skipped,
              { filename: media.filename, contentType: null, size: null, reason: error },
            ],
          },
        },
      });
    }
    await recordEvent(tx, media.ticketId, 'media_fetch_failed', null, {
      kind: media.kind,
      filename: media.filename,
      reason,
      error: error.slice(0, 300),
      attempts: media.attempts,
    });
    await hooks[media.kind as 'recording' | 'media']?.failed?.(tx, {
      ...media,
      status: reason === 'refused' ? 'refused' : 'failed',
    });
  });
  await announce(media.ticketId);
}

/**
 * Fetches one announced file and attaches it to its message. A failure is thrown so BullMQ tries again with
 * backoff, until MEDIA_FETCH_ATTEMPTS tries (counted on the row, so a job queued again by the sweep does not start
 * over) have failed: then the ticket's timeline says the file could not be fetched.
 */
export async function processMediaFetch(
  mediaId: string,
  hooks: MediaHooksByKind = {},
): Promise<'stored' | 'failed' | 'refused' | 'nothing'> {
  const claimed = await db().channelMedia.updateManyAndReturn({
    where: { id: mediaId, status: 'pending' },
    data: { attempts: { increment: 1 } },
  });
  const media = claimed[0];
  if (!media) return 'nothing';
  const maxBytes = media.kind === 'recording' ? MAX_RECORDING_BYTES : config().UPLOAD_MAX_FILE_MB * 1024 * 1024;
  let content: Buffer;
  try {
    content = await fetchTwilioMedia(media.resource, maxBytes);
  } catch (err) {
    const error = (err as Error).message;
    if (err instanceof MediaRefused) {
      await giveUp(media, 'refused', error, hooks);
      return 'refused';
    }
    if (media.attempts >= config().MEDIA_FETCH_ATTEMPTS) {
      logger.warn(
        { mediaId, resource: media.resource, attempts: media.attempts, err: error },
        'media: giving up after every attempt',
      );
      await giveUp(media, 'unreachable', error, hooks);
      return 'failed';
    }
    await db().channelMedia.update({ where: { id: mediaId }, data: { lastError: error.slice(0, 1000) } });
    throw err;
  }
  const type = checkType(media, content);
  if (!type.ok) {
    await giveUp(media, 'refused', type.reason, hooks);
    return 'refused';
  }
  const { key, sha256 } = await blobStore().put(content);
  const kindHooks = hooks[media.kind as 'recording' | 'media'];
  const stored = await db().$transaction(async (tx) => {
    const still = await tx.channelMedia.findUnique({ where: { id: mediaId } });
    if (still?.status !== 'pending') return undefined;
    const attachment = await tx.attachment.create({
      data: {
        ticketId: media.ticketId,
        messageId: media.messageId,
        filename: nameWithExtension(media.filename, type.mime),
        contentType: type.mime,
        size: content.length,
        sha256,
        storageKey: key,
      },
    });
    const row = await tx.channelMedia.update({
      where: { id: mediaId },
      data: { status: 'stored', attachmentId: attachment.id, lastError: null },
      include: { attachment: true },
    });
    await kindHooks?.stored?.(tx, row);
    return row;
  });
  if (!stored) return 'nothing';
  await announce(media.ticketId);
  await kindHooks?.afterStored?.(stored);
  return 'stored';
}

/** Files still pending whose job went missing (Redis away, a worker killed): queued again. */
export async function sweepMediaFetches(now = new Date()): Promise<number> {
  const rows = await db().channelMedia.findMany({
    where: {
      status: 'pending',
      updatedAt: { lt: new Date(now.getTime() - 60_000), gt: new Date(now.getTime() - 7 * 86_400_000) },
    },
    select: { id: true },
    take: 500,
  });
  await enqueueMediaFetch(rows.map((r) => r.id));
  return rows.length;
}

export function startMediaWorker(hooks: MediaHooksByKind): Worker {
  const worker = new Worker(
    QUEUE.media,
    async (job) => {
      if (job.name === 'sweep') return { queued: await sweepMediaFetches() };
      if (job.name === 'fetch')
        return { outcome: await processMediaFetch((job.data as { mediaId: string }).mediaId, hooks) };
      throw new Error(`unknown media job ${job.name}`);
    },
    {
      connection: redisConnection(),
      prefix: config().REDIS_PREFIX,
      concurrency: 4,
      lockDuration: config().QUEUE_LOCK_MS,
      stalledInterval: config().QUEUE_LOCK_MS,
    },
  );
  worker.on('failed', (job, err) =>
    logger.debug({ jobId: job?.id, err: err.message }, 'media fetch failed; tried again later'),
  );
  worker.on('error', (err) => logger.error({ err }, 'media worker error'));
  return worker;
}

export async function scheduleMediaSweep(): Promise<void> {
  await queue(QUEUE.media).upsertJobScheduler(
    'media-sweep',
    { every: config().PHONE_SWEEP_INTERVAL_MS },
    { name: 'sweep' },
  );
}
