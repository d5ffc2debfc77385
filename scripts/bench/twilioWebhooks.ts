import autocannon from 'autocannon';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import twilio from 'twilio';

// What the phone, SMS and WhatsApp benchmarks share: Twilio's REST API stand-in and a round of signed webhooks.
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const CONCURRENCY = 16;
export const AUTH_TOKEN = 'bench-auth-token-0123456789abcdef';
export const sid = (prefix: string) => prefix + randomBytes(16).toString('hex');
/** a Belgian mobile number under the given prefix (+32470, +32471 …) */
export const mobile = (prefix: string) => `${prefix}${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

/** Twilio's REST API is outside the network: a stand-in accepts the messages sent and remembers their ids. */
export async function restStandIn(): Promise<{ port: number; sids: string[]; close: () => void }> {
  const sids: string[] = [];
  const server = http.createServer((req, res) => {
    req.resume().on('end', () => {
      const id = sid('SM');
      sids.push(id);
      res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ sid: id, status: 'queued' }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as { port: number }).port, sids, close: () => server.close() };
}

export interface Webhook {
  name: string;
  path: string;
  params: () => Record<string, string>;
}

/** CONCURRENCY connections posting the webhook for SECONDS, each request signed as Twilio signs it. */
export async function signedRound(base: string, hook: Webhook) {
  let non200 = 0;
  const result = await autocannon({
    url: base + hook.path,
    connections: CONCURRENCY,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const params = hook.params();
          const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, base + hook.path, params);
          return {
            ...req,
            headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
            body: new URLSearchParams(params).toString(),
          };
        },
        onResponse: (status) => {
          if (status !== 200) non200++;
        },
      },
    ],
  });
  return { result, non200 };
}
