import net from 'node:net';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { benchForm, freePort, sleep, startSystem } from './harness';

const MESSAGES = Number(process.env.BENCH_OUTAGE_MESSAGES ?? 1000);
const OUTAGE_SECONDS = Number(process.env.BENCH_OUTAGE_SECONDS ?? 60);

/**
 * The mail server's port as Voordeur sees it: a proxy that counts every connection and passes it to the real
 * server behind it, or drops it while that server is down (what a stopped mail server looks like to a client).
 */
async function countingDoor(port: number, target: number) {
  let connections = 0;
  const server = net.createServer((client) => {
    connections++;
    const upstream = net.connect(target, '127.0.0.1');
    for (const s of [client, upstream]) s.on('error', () => s.destroy());
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return { connections: () => connections, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The real mail server, counting what it received by Message-ID. */
async function startMailServer(port: number) {
  const received = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (c: Buffer) => {
        if (head.length < 8192) head += c.toString('latin1');
      });
      stream.on('end', () => {
        const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? 'none';
        received.set(id, (received.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return { received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function main() {
  const [doorPort, mailPort] = [await freePort(), await freePort()];
  const door = await countingDoor(doorPort, mailPort);
  // the mail server is down from the start: every acknowledgement meets the outage
  const system = await startSystem('outage', { SMTP_URL: `smtp://127.0.0.1:${doorPort}` });
  const db = new Client({ connectionString: system.databaseUrl });
  await db.connect();
  const dept = await db.query(
    `INSERT INTO department (id, name, updated_at) VALUES (gen_random_uuid(), 'Openbare Werken', now()) RETURNING id`,
  );
  await db.query(
    `INSERT INTO category (id, code, name_nl, name_en, department_id, updated_at) VALUES (gen_random_uuid(), 'straatverlichting', 'Straatverlichting', 'Street lights', $1, now())`,
    [dept.rows[0].id],
  );
  const pending = async () =>
    Number((await db.query(`SELECT count(*) FROM notification WHERE status = 'pending'`)).rows[0].count);
  const metric = async () =>
    (await (await fetch(`${system.url}/metrics`)).text()).match(
      /^voordeur_provider_unreachable\{provider="mail"\} (\d)/m,
    )?.[1];
  try {
    console.log(
      `\nMail provider outage: ${MESSAGES} web-form contacts while the mail server is down for ${OUTAGE_SECONDS} s, then it returns\n`,
    );
    // the contacts come in through the public form, each with its acknowledgement in the outbox
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next++ < MESSAGES) {
          const res = await fetch(`${system.url}/api/public/tickets`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: benchForm({ category: 'straatverlichting' }),
          });
          if (res.status !== 201) throw new Error(`form refused: ${res.status} ${await res.text()}`);
        }
      }),
    );
    const outageStart = Date.now();
    while ((await metric()) !== '1') await sleep(100);
    const waiting = await pending();
    const remaining = OUTAGE_SECONDS * 1000 - (Date.now() - outageStart);
    if (remaining > 0) await sleep(remaining);
    const duringOutage = door.connections();
    const attempts = Number((await db.query(`SELECT coalesce(sum(attempts), 0) AS n FROM notification`)).rows[0].n);

    const mail = await startMailServer(mailPort);
    const back = Date.now();
    for (;;) {
      const { rows } = await db.query(
        `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*) FILTER (WHERE status <> 'sent')::int AS other, min(sent_at) AS first, max(sent_at) AS last FROM notification`,
      );
      if (rows[0].other === 0) {
        const firstAt = new Date(rows[0].first).getTime();
        const lastAt = new Date(rows[0].last).getTime();
        const total = rows[0].sent as number;
        await sleep(2000); // a duplicate would arrive in this time
        const doubled = [...mail.received.values()].filter((n) => n > 1).length;
        // the sends under way when the server failed spent one attempt each; the rest none while waiting
        const rows2 = (await db.query(`SELECT count(*)::int AS n FROM notification WHERE attempts NOT IN (1, 2)`))
          .rows[0].n;
        const twice = (await db.query(`SELECT count(*)::int AS n FROM notification WHERE attempts = 2`)).rows[0].n;
        console.log('measure                                               result');
        console.log(`acknowledgements waiting when the circuit had opened   ${waiting} of ${MESSAGES}`);
        console.log(
          `connections to the mail port during the outage         ${duringOutage} (sends under way when it failed, and probes)`,
        );
        console.log(
          `attempts spent by the waiting rows during the outage   ${attempts} (by the sends under way when it failed)`,
        );
        console.log(
          `from the server's return to the first message sent     ${((firstAt - back) / 1000).toFixed(1)} s (the next probe; PROVIDER_PROBE_MAX_MS caps it)`,
        );
        console.log(
          `drain, first to last message sent                      ${((lastAt - firstAt) / 1000).toFixed(1)} s = ${(total / Math.max((lastAt - firstAt) / 1000, 0.001)).toFixed(1)} messages/s`,
        );
        console.log(`from the server's return to the last message sent      ${((lastAt - back) / 1000).toFixed(1)} s`);
        const ok = mail.received.size === total && doubled === 0 && rows2 === 0;
        console.log(
          `check                                                  ${ok ? `ok: ${mail.received.size} distinct Message-IDs received for ${total} sent rows, none twice; ${twice} rows with a second attempt (under way when it failed), the others one` : `MISMATCH: ${mail.received.size} Message-IDs for ${total} rows, ${doubled} twice, ${rows2} rows with other than one or two attempts`}`,
        );
        if (!ok) process.exitCode = 1;
        break;
      }
      if (Date.now() - back > 300_000)
        throw new Error(`still ${rows[0].other} not sent 5 minutes after the mail server returned`);
      await sleep(50);
    }
    await mail.close();
  } finally {
    await db.end();
    await system.stop();
    await door.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
