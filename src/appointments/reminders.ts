import { Worker } from 'bullmq';
import { db } from '../db';
import { config } from '../config';
import { logger } from '../logger';
import { redisConnection } from '../redis';
import { QUEUE, queue, queueConnection } from '../queues';
import type { Appointment } from '../generated/prisma/client';
import { tellCitizen } from './tell';

const jobId = (appointmentId: string) => `reminder-${appointmentId}`;

/** Drops the delayed reminder (a cancelled appointment); a job already running finds nothing to send anyway. */
export async function forgetReminder(appointmentId: string): Promise<void> {
  if (queueConnection() === 'down') return;
  await queue(QUEUE.appointments)
    .remove(jobId(appointmentId))
    .catch((err) => logger.debug({ err, appointmentId }, 'reminder job not removed'));
}

/**
 * One delayed job per appointment, replaced when it moves. The job carries the start it reminds of; sending claims
 * the appointment (reminder not yet sent, still booked, still at that start), so it is sent once, and never for a
 * moved or cancelled appointment even when an old job survives. A sweep sends what a lost job would have.
 */
export async function scheduleReminder(a: Appointment, hoursBefore: number): Promise<void> {
  await forgetReminder(a.id);
  const sendAt = a.startsAt.getTime() - hoursBefore * 3600_000;
  // booked inside the reminder window: the confirmation was the reminder
  if (sendAt <= Date.now() || queueConnection() === 'down') return;
  await queue(QUEUE.appointments)
    .add(
      'reminder',
      { id: a.id, startsAt: a.startsAt.toISOString() },
      {
        jobId: jobId(a.id),
        delay: sendAt - Date.now(),
        attempts: 8,
        backoff: { type: 'exponential', delay: 5000 },
        removeOnComplete: true,
        removeOnFail: 1000,
      },
    )
    .catch((err) => logger.warn({ err, appointmentId: a.id }, 'reminder not scheduled now; the sweep will send it'));
}

export async function sendReminder(id: string, startsAt?: Date): Promise<'sent' | 'nothing'> {
  const told = await db().$transaction(async (tx) => {
    const claimed = await tx.appointment.updateMany({
      where: { id, status: 'booked', reminderSentAt: null, startsAt: startsAt ?? { gt: new Date() } },
      data: { reminderSentAt: new Date() },
    });
    if (claimed.count === 0) return undefined;
    return tellCitizen(tx, await tx.appointment.findUniqueOrThrow({ where: { id } }), 'reminder');
  });
  return told ? 'sent' : 'nothing';
}

/** Appointments whose reminder time has come and gone without one (Redis was away when they were booked). */
export async function sweepReminders(now = new Date()): Promise<number> {
  const due = await db().$queryRaw<{ id: string }[]>`
    SELECT a.id FROM appointment a JOIN service s ON s.id = a.service_id
    WHERE a.status = 'booked' AND a.reminder_sent_at IS NULL AND a.starts_at > ${now}
      AND a.starts_at - make_interval(hours => s.reminder_hours_before) <= ${now}
      AND a.created_at < a.starts_at - make_interval(hours => s.reminder_hours_before)
    LIMIT 500`;
  let sent = 0;
  for (const { id } of due) if ((await sendReminder(id)) === 'sent') sent++;
  return sent;
}

/** The appointments queue's worker; `jobs` are the other features' jobs on the same queue (the counter's closing
 * of earlier days' visits), handed in by the worker process so this folder does not import the ones above it. */
export function startAppointmentWorker(jobs: Record<string, () => Promise<unknown>> = {}): Worker {
  const worker = new Worker(
    QUEUE.appointments,
    async (job) => {
      if (job.name === 'sweep') return { sent: await sweepReminders() };
      if (jobs[job.name]) return jobs[job.name]();
      if (job.name === 'reminder') return { outcome: await sendReminder(job.data.id, new Date(job.data.startsAt)) };
      throw new Error(`unknown appointments job ${job.name}`);
    },
    {
      connection: redisConnection(),
      prefix: config().REDIS_PREFIX,
      concurrency: 4,
      lockDuration: config().QUEUE_LOCK_MS,
      stalledInterval: config().QUEUE_LOCK_MS,
    },
  );
  worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, err: err.message }, 'appointments job failed'));
  worker.on('error', (err) => logger.error({ err }, 'appointments worker error'));
  return worker;
}

export async function scheduleReminderSweep(): Promise<void> {
  await queue(QUEUE.appointments).upsertJobScheduler('reminder-sweep', { every: 60_000 }, { name: 'sweep' });
  // yesterday's open visits only need closing once the day is over: hourly is soon enough
  await queue(QUEUE.appointments).upsertJobScheduler('close-visits', { every: 3_600_000 }, { name: 'close-visits' });
}
