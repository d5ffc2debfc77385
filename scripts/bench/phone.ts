import { Client } from 'pg';
import { startSystem } from './harness';
import {
  AUTH_TOKEN,
  CONCURRENCY,
  SECONDS,
  mobile as mobileUnder,
  restStandIn,
  sid,
  signedRound,
  type Webhook,
} from './twilioWebhooks';

const ACCOUNT_SID = 'AC' + 'b'.repeat(32);
const CENTRAL = '+3250000099';
const mobile = () => mobileUnder('+32470');

async function main() {
  const rest = await restStandIn();
  const system = await startSystem('phone', {
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_PHONE_NUMBER: CENTRAL,
    TWILIO_API_URL: `http://127.0.0.1:${rest.port}`,
  });
  const db = new Client({ connectionString: system.databaseUrl });
  await db.connect();
  const dept = await db.query(
    `INSERT INTO department (id, name, phone_target, updated_at) VALUES (gen_random_uuid(), 'Onthaal', 'queue:onthaal', now()) RETURNING id`,
  );
  await db.query(
    `INSERT INTO opening_hours (id, department_id, weekday, opens, closes) SELECT gen_random_uuid(), $1, d, '00:00', '24:00' FROM generate_series(1, 7) d`,
    [dept.rows[0].id],
  );
  await db.query(
    `INSERT INTO phone_line (id, agents_department_id, appointments_department_id, reports_department_id, updated_at) VALUES (1, $1, $1, $1, now())`,
    [dept.rows[0].id],
  );
  const call = (extra: Record<string, string> = {}) => ({
    AccountSid: ACCOUNT_SID,
    CallSid: sid('CA'),
    From: mobile(),
    To: CENTRAL,
    CallStatus: 'ringing',
    Direction: 'inbound',
    ...extra,
  });
  const hooks: Webhook[] = [
    {
      name: 'voice: incoming call (call logged, contact found or created, menu TwiML)',
      path: '/webhooks/twilio/voice',
      params: () => call(),
    },
    {
      name: 'voice: menu choice 0 (opening hours checked, put in the queue)',
      path: '/webhooks/twilio/voice/menu?lang=nl&attempt=1',
      params: () => call({ Digits: '0' }),
    },
    {
      name: 'sms: incoming text (ticket created, acknowledgement queued)',
      path: '/webhooks/twilio/sms',
      params: () => ({
        AccountSid: ACCOUNT_SID,
        MessageSid: sid('SM'),
        From: mobile(),
        To: CENTRAL,
        Body: 'Mijn straatlamp brandt niet meer, Kerkstraat 14.',
        NumMedia: '0',
      }),
    },
  ];
  try {
    console.log(`\nTwilio webhooks, signed as Twilio signs them, concurrency ${CONCURRENCY}, ${SECONDS} s each\n`);
    console.log(
      'webhook                                                                  req/s    p50 ms   p99 ms   non-200',
    );
    for (const hook of hooks) {
      const { result, non200 } = await signedRound(system.url, hook);
      console.log(
        `${hook.name.padEnd(72)} ${result.requests.average.toFixed(0).padStart(6)}   ${String(result.latency.p50).padStart(6)}   ${String(result.latency.p99).padStart(6)}   ${String(non200 + result.errors).padStart(7)}`,
      );
      if (non200 + result.errors > 0) process.exitCode = 1;
    }
    const counts = await db.query(
      `SELECT (SELECT count(*) FROM phone_call)::int AS calls, (SELECT count(*) FROM ticket WHERE channel = 'sms')::int AS sms_tickets, (SELECT count(*) FROM message WHERE channel = 'sms')::int AS sms_messages`,
    );
    const c = counts.rows[0];
    console.log(
      `\ncheck: ${c.calls} calls logged, ${c.sms_tickets} SMS tickets for ${c.sms_messages} texts (${c.sms_tickets === c.sms_messages ? 'one ticket per text: ok' : 'MISMATCH'}); ${rest.sids.length} acknowledgements reached the Twilio stand-in so far`,
    );
  } finally {
    await db.end();
    await system.stop();
    rest.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
