import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { ImapFlow } from 'imapflow';
import { startDovecot, type Dovecot, type DovecotUser } from './dovecot';

const info: DovecotUser = { user: 'info@testdorp.example', password: 'geheim: wachtwoord/€' };
const other: DovecotUser = { user: 'burgerzaken@testdorp.example', password: 'secret' };

function raw(n: number): string {
  return [
    `From: Burger ${n} <burger${n}@example.be>`,
    'To: info@testdorp.example',
    `Subject: Vraag ${n}`,
    `Message-ID: <harness-${n}@example.be>`,
    'Date: Mon, 3 Mar 2025 10:00:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Bericht ${n}.`,
    '',
  ].join('\r\n');
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** live processes whose command line names this instance's config */
function serverProcesses(dir: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('Dovecot test harness', () => {
  let dovecot: Dovecot;

  beforeAll(async () => {
    dovecot = await startDovecot([info, other]);
  });

  it('stores APPENDed mail, keeps it across a restart and keeps users apart', async () => {
    expect(dovecot.url(info)).toBe(
      `imap://info%40testdorp.example:${encodeURIComponent(info.password)}@127.0.0.1:${dovecot.port}/INBOX`,
    );

    const uids = [
      await dovecot.append(info, raw(1)),
      await dovecot.append(info, raw(2)),
      await dovecot.append(info, Buffer.from(raw(3))),
    ];
    expect(uids).toEqual([1, 2, 3]);

    const before = await dovecot.messages(info);
    expect(before).toEqual(
      [1, 2, 3].map((n) => ({ uid: n, flags: [], messageId: `<harness-${n}@example.be>`, subject: `Vraag ${n}` })),
    );

    // an open connection drops when the server stops
    const idle = new ImapFlow({
      host: dovecot.host,
      port: dovecot.port,
      secure: false,
      auth: { user: info.user, pass: info.password },
      logger: false,
    });
    idle.on('error', () => undefined);
    await idle.connect();
    await idle.mailboxOpen('INBOX');
    const closed = new Promise<void>((resolve) => idle.once('close', () => resolve()));

    const { dir } = dovecot;
    await dovecot.stop();
    await closed;
    expect(await accepts(dovecot.port)).toBe(false);
    expect(serverProcesses(dir)).toEqual([]);

    const port = dovecot.port;
    await dovecot.start();
    expect(dovecot.port).toBe(port);
    expect(await dovecot.messages(info)).toEqual(before);

    expect(await dovecot.append(info, raw(4), 'INBOX', ['\\Seen'])).toBe(4);
    const after = await dovecot.messages(info);
    expect(after.map((m) => m.uid)).toEqual([1, 2, 3, 4]);
    expect(after[3]).toEqual({ uid: 4, flags: ['\\Seen'], messageId: '<harness-4@example.be>', subject: 'Vraag 4' });

    expect(await dovecot.messages(other)).toEqual([]);
  });

  it('creates folders and appends to them', async () => {
    await dovecot.createFolder(other, 'Verwerkt');
    expect(await dovecot.append(other, raw(5), 'Verwerkt')).toBe(1);
    expect((await dovecot.messages(other, 'Verwerkt')).map((m) => m.subject)).toEqual(['Vraag 5']);
    expect(await dovecot.messages(other)).toEqual([]);
  });

  it('refuses a wrong password', async () => {
    await expect(dovecot.messages({ user: info.user, password: 'fout' })).rejects.toThrow();
  });

  it('takes 1,000 messages on one connection', async () => {
    const raws = Array.from({ length: 1000 }, (_, i) => raw(1000 + i));
    await dovecot.appendMany(other, raws);
    const list = await dovecot.messages(other);
    expect(list).toHaveLength(1000);
    expect(list[999]).toMatchObject({ uid: 1000, subject: 'Vraag 1999' });
  });
});
