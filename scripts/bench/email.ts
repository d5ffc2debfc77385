import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startDovecot } from '../../test/support/dovecot';
import { runTeardowns } from '../../test/support/teardown';
import { hashPassword } from '../../src/auth/password';
import { startSystem } from './harness';

const COUNT = Number(process.env.BENCH_EMAILS ?? 1000);
const LATENCY_SAMPLES = Number(process.env.BENCH_EMAIL_LATENCY_SAMPLES ?? 50);
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(150 * 1024), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100806000000', 'hex'),
  randomBytes(40 * 1024),
]);

const PARAGRAPH =
  'Goedendag, ik woon in de Kerkstraat en wil graag melden dat de straatverlichting al enkele dagen niet meer werkt. ' +
  'Vooral ’s avonds is het gevaarlijk voor fietsers en voetgangers die van het station komen. Kunnen jullie dit laten nakijken? ';

function base64Lines(b: Buffer): string {
  return b.toString('base64').replace(/.{76}/g, '$&\r\n');
}

/** Mail of realistic size: 2 to 8 KB of text, one in ten with a 150 KB PDF, one in ten with a photo. */
function realisticEmail(i: number, subject = `Melding ${i}`): string {
  const body = PARAGRAPH.repeat(4 + (i % 13)) + `\r\nMet vriendelijke groeten,\r\nInwoner ${i}`;
  const head = [
    `From: Inwoner ${i} <inwoner${i % 400}@example.be>`,
    'To: info@bench.example',
    `Subject: ${subject}`,
    `Message-ID: <bench-${i}-${randomBytes(4).toString('hex')}@example.be>`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
  ];
  const attachment =
    i % 10 === 3
      ? { name: 'aanvraag.pdf', type: 'application/pdf', data: PDF }
      : i % 10 === 7
        ? { name: 'foto.png', type: 'image/png', data: PNG }
        : undefined;
  if (!attachment)
    return [...head, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', body, ''].join(
      '\r\n',
    );
  const b = `b-${i}`;
  return [
    ...head,
    `Content-Type: multipart/mixed; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
    `--${b}`,
    `Content-Type: ${attachment.type}; name="${attachment.name}"`,
    `Content-Disposition: attachment; filename="${attachment.name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(attachment.data),
    `--${b}--`,
    '',
  ].join('\r\n');
}

async function main() {
  const user = { user: 'info@bench.example', password: 'bench-password' };
  const dovecot = await startDovecot([user]);
  const raws = Array.from({ length: COUNT }, (_, i) => realisticEmail(i + 1));
  const megabytes = raws.reduce((n, r) => n + r.length, 0) / 1024 / 1024;
  await dovecot.appendMany(user, raws);

  const started = Date.now();
  const system = await startSystem('email', {
    IMAP_URL: dovecot.url(user),
    IMAP_ADDRESS: 'info@bench.example',
    IMAP_POLL_INTERVAL_MS: '60000',
  });
  const db = new Client({ connectionString: system.databaseUrl });
  await db.connect();
  try {
    for (;;) {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM message WHERE channel = 'email'`);
      if (rows[0].n >= COUNT) break;
      if (Date.now() - started > 15 * 60_000)
        throw new Error(`only ${rows[0].n} of ${COUNT} messages after 15 minutes`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const wall = (Date.now() - started) / 1000;
    const { rows: span } = await db.query(
      `SELECT extract(epoch FROM max(created_at) - min(created_at)) AS s, count(DISTINCT ticket_id)::int AS tickets FROM message WHERE channel = 'email'`,
    );
    const seconds = Number(span[0].s);
    console.log(
      `\nEmail intake from Dovecot: ${COUNT} messages (${megabytes.toFixed(1)} MB; 10% with a 150 KB PDF, 10% with a 40 KB photo)`,
    );
    console.log(
      `  first message to last ticket: ${seconds.toFixed(1)} s = ${((COUNT - 1) / seconds).toFixed(1)} messages/s  (${span[0].tickets} tickets; ${wall.toFixed(1)} s including start-up)`,
    );

    // latency: one message at a time into an idle mailbox, until the console API shows its ticket
    await db.query(
      `INSERT INTO app_user (id, email, name, role, password_hash, updated_at) VALUES (gen_random_uuid(), 'bench@bench.example', 'Bench', 'agent', $1, now())`,
      [await hashPassword('bench-password-123')],
    );
    const login = await fetch(`${system.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@bench.example', password: 'bench-password-123' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const latencies: number[] = [];
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      const subject = `Latentie ${i} ${randomBytes(4).toString('hex')}`;
      await new Promise((r) => setTimeout(r, 300));
      const t0 = performance.now();
      await dovecot.append(user, realisticEmail(COUNT + i + 1, subject));
      const url = `${system.url}/api/admin/tickets?filter=${encodeURIComponent(JSON.stringify({ q: subject }))}`;
      for (;;) {
        const res = await fetch(url, { headers: { cookie } });
        if (((await res.json()) as unknown[]).length > 0) break;
        if (performance.now() - t0 > 60_000) throw new Error(`message ${i} not visible after 60 s`);
        await new Promise((r) => setTimeout(r, 10));
      }
      latencies.push(performance.now() - t0);
    }
    latencies.sort((a, b) => a - b);
    const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
    console.log(
      `  APPEND to ticket visible in the API (${LATENCY_SAMPLES} messages into an idle mailbox): median ${q(0.5).toFixed(0)} ms, p90 ${q(0.9).toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms`,
    );
  } finally {
    await db.end();
    await system.stop();
    await runTeardowns();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
