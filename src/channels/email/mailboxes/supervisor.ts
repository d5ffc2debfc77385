import { Client } from 'pg';
import { db } from '../../../db';
import { config } from '../../../config';
import { logger } from '../../../logger';
import { MailboxRunner } from '../imapSync';
import { stopLanguageThread } from '../languageThread';

const RESCAN_MS = 15_000;

interface Running {
  runner: MailboxRunner;
  version: number;
}

/**
 * Runs one reader per active mailbox in this worker, and only one in all workers together: each
 * reader holds a PostgreSQL advisory lock for its mailbox on a connection of its own, which the
 * database releases by itself when the worker dies. Picks up added, changed and switched-off
 * mailboxes every few seconds.
 */
export class MailboxSupervisor {
  private readonly running = new Map<string, Running>();
  private lockConnection?: Client;
  private timer?: NodeJS.Timeout;
  private scanning: Promise<void> = Promise.resolve();

  async start(): Promise<this> {
    this.lockConnection = new Client({ connectionString: config().DATABASE_URL });
    this.lockConnection.on('error', (err) => logger.error({ err }, 'mailbox lock connection lost'));
    await this.lockConnection.connect();
    await this.rescan();
    this.timer = setInterval(() => void this.rescan(), RESCAN_MS);
    return this;
  }

  rescan(): Promise<void> {
    this.scanning = this.scanning
      .then(() => this.scan())
      .catch((err) => logger.error({ err }, 'mailbox rescan failed'));
    return this.scanning;
  }

  private async scan(): Promise<void> {
    const mailboxes = await db().mailbox.findMany({ where: { active: true } });
    const wanted = new Map(mailboxes.map((m) => [m.id, m.configuredAt.getTime()]));
    for (const [id, r] of this.running) {
      // changed settings need a new connection
      if (!wanted.has(id) || wanted.get(id) !== r.version) await this.release(id);
    }
    for (const m of mailboxes) {
      if (this.running.has(m.id)) continue;
      const { rows } = await this.lockConnection!.query('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [
        `voordeur-mailbox:${m.id}`,
      ]);
      if (!rows[0].ok) continue;
      logger.info({ mailbox: m.name }, 'reading mailbox');
      this.running.set(m.id, { runner: new MailboxRunner(m.id).start(), version: m.configuredAt.getTime() });
    }
  }

  private async release(id: string): Promise<void> {
    const r = this.running.get(id);
    if (!r) return;
    this.running.delete(id);
    await r.runner.stop();
    await this.lockConnection!.query('SELECT pg_advisory_unlock(hashtext($1))', [`voordeur-mailbox:${id}`]);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.scanning;
    for (const id of [...this.running.keys()]) await this.release(id);
    await this.lockConnection?.end();
    // every reader has finished its mail in hand, so no text waits for the thread
    await stopLanguageThread();
  }
}
