import type { Worker } from 'bullmq';
import type { OutboxRelay } from './notifications/relay';
import { retireOutboxQueue, startOutboxWorker } from './notifications/jobs';
import { MailboxSupervisor } from './channels/email/mailboxes/supervisor';
import { scheduleSlaChecks, startSlaWorker } from './routing/slaJobs';
import { scheduleRetention, startRetentionWorker } from './privacy/jobs';
import { mailboxFromEnvironment } from './channels/email/mailboxes/service';
import { logger } from './logger';
import { recordingHooks, schedulePhoneSweep, startPhoneWorker } from './channels/phone/jobs';
import { scheduleMediaSweep, startMediaWorker } from './channels/twilio/mediaJobs';
import { scheduleReminderSweep, startAppointmentWorker } from './appointments/reminders';
import { closeEarlierDays } from './guidance/queue';
import { scheduleCitizenSessionSweep, startCitizenSessionWorker } from './citizens/jobs';
import { registerChannels } from './channels';
import { subscribeLiveToTicketChanges } from './live/events';
import { scheduleReportRollups, startReportRollupWorker } from './analytics/rollupJobs';

export interface Workers {
  /** the BullMQ processors, and the outbox relay */
  queues: (Worker | OutboxRelay)[];
  mailboxes: MailboxSupervisor;
  stop(): Promise<void>;
}

/** Starts every background processor; each feature adds its own here. */
export async function startWorkers(): Promise<Workers> {
  registerChannels();
  // the consoles hear about every ticket change, whichever process made it
  subscribeLiveToTicketChanges();
  const queues = [
    startOutboxWorker(),
    startSlaWorker(),
    startRetentionWorker(),
    startPhoneWorker(),
    startMediaWorker(recordingHooks()),
    startAppointmentWorker({ 'close-visits': async () => ({ closed: await closeEarlierDays() }) }),
    startCitizenSessionWorker(),
    startReportRollupWorker(),
  ];
  // the schedules are written to Redis when it answers; a Redis that is away must not hold up the mailboxes
  for (const schedule of [
    retireOutboxQueue,
    scheduleSlaChecks,
    scheduleRetention,
    schedulePhoneSweep,
    scheduleMediaSweep,
    scheduleReminderSweep,
    scheduleCitizenSessionSweep,
    scheduleReportRollups,
  ]) {
    schedule().catch((err) => logger.error({ err, schedule: schedule.name }, 'could not schedule a recurring job'));
  }
  await mailboxFromEnvironment();
  const mailboxes = await new MailboxSupervisor().start();
  return {
    queues,
    mailboxes,
    // running jobs and the message in hand are finished first
    stop: async () => {
      await Promise.all([...queues.map((w) => w.close()), mailboxes.stop()]);
    },
  };
}
