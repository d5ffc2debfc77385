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

// `npm run bench -- whatsapp`: the WhatsApp webhooks at concurrency 16, signed as Twilio signs them.
const ACCOUNT_SID = 'AC' + 'c'.repeat(32);
const WHATSAPP_FROM = '+3250000077';
const mobile = () => mobileUnder('+32471');

async function main() {
  const rest = await restStandIn();
  const system = await startSystem('whatsapp', {
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_PHONE_NUMBER: '+3250000099',
    TWILIO_API_URL: `http://127.0.0.1:${rest.port}`,
    WHATSAPP_FROM,
  });
  const db = new Client({ connectionString: system.databaseUrl });
  await db.connect();
  // the first round's first 200 senders write again in the second: their next message joins their open case
  const known: string[] = [];
  let next = 0;
  const newSender = () => {
    const from = mobile();
    if (known.length < 200) known.push(from);
    return from;
  };
  const message = (from: string) => ({
    AccountSid: ACCOUNT_SID,
    MessageSid: sid('SM'),
    From: `whatsapp:${from}`,
    To: `whatsapp:${WHATSAPP_FROM}`,
    Body: 'De straatlamp in de Kerkstraat brandt al een week niet meer.',
    NumMedia: '0',
    ProfileName: 'Bench Burger',
  });
  const hooks: Webhook[] = [
    {
      name: 'whatsapp: first message (ticket created, acknowledgement queued)',
      path: '/webhooks/twilio/whatsapp',
      params: () => message(newSender()),
    },
    {
      name: 'whatsapp: next message from a known citizen (joins the open case)',
      path: '/webhooks/twilio/whatsapp',
      params: () => message(known[next++ % known.length]),
    },
    {
      name: 'whatsapp: delivery/read receipt (notification updated)',
      path: '/webhooks/twilio/whatsapp/status',
      params: () => ({
        AccountSid: ACCOUNT_SID,
        MessageSid: rest.sids[Math.floor(Math.random() * rest.sids.length)] ?? sid('SM'),
        MessageStatus: Math.random() < 0.5 ? 'delivered' : 'read',
      }),
    },
  ];
  try {
    console.log(`\nWhatsApp webhooks, signed as Twilio signs them, concurrency ${CONCURRENCY}, ${SECONDS} s each\n`);
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
      `SELECT (SELECT count(*) FROM ticket WHERE channel = 'whatsapp')::int AS tickets, (SELECT count(*) FROM message WHERE channel = 'whatsapp' AND direction = 'inbound')::int AS messages,
              (SELECT count(*) FROM notification WHERE channel = 'whatsapp' AND provider_status IS NOT NULL)::int AS receipted`,
    );
    const c = counts.rows[0];
    console.log(
      `\ncheck: ${c.messages} WhatsApp messages on ${c.tickets} tickets; ${rest.sids.length} acknowledgements reached the Twilio stand-in, ${c.receipted} of them with a receipt recorded`,
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
