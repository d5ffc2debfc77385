import type { Worker } from 'bullmq';
import { scheduleOutboxSweep, startOutboxWorker } from './notifications/jobs';
import { MailboxSupervisor } from './mailboxes/supervisor';
import { scheduleSlaChecks, startSlaWorker } from './routing/slaJobs';
import { scheduleRetention, startRetentionWorker } from './privacy/jobs';
import { mailboxFromEnvironment } from './mailboxes/service';

export interface Workers {
  queues: Worker[];
  mailboxes: MailboxSupervisor;
  stop(): Promise<void>;
}

/** Starts every background processor; each feature adds its own here. */
export async function startWorkers(): Promise<Workers> {
  const queues = [startOutboxWorker(), startSlaWorker(), startRetentionWorker()];
  await scheduleOutboxSweep();
  await scheduleSlaChecks();
  await scheduleRetention();
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
