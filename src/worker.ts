import type { Worker } from 'bullmq';
import { scheduleOutboxSweep, startOutboxWorker } from './notifications/jobs';

/** Starts every background processor; each feature adds its own here. */
export async function startWorkers(): Promise<Worker[]> {
  const workers = [startOutboxWorker()];
  await scheduleOutboxSweep();
  return workers;
}
