import http from 'node:http';
import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import request from 'supertest';
import type { Express } from 'express';
import { XMLParser } from 'fast-xml-parser';

/** What the stand-in for api.twilio.com received: the requests Voordeur's Twilio client made. */
export interface TwilioRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  authorized: boolean;
  /** the HTTP status the stand-in answered with */
  status?: number;
}

export interface TwilioStandIn {
  requests: TwilioRequest[];
  /** the bytes served as every recording */
  recording: Buffer;
  /** answer the next N REST requests with this HTTP status (Twilio's error body) */
  failNext(n: number, status: number): void;
  /** recordings (by RecordingSid) Twilio answers 503 for, however often it is asked */
  unavailable: Set<string>;
  /** an MMS's media by Media SID: Twilio redirects to its content network, which serves these bytes */
  media: Map<string, { contentType: string; content: Buffer }>;
  /** what the content network received (it must never see the account's credentials) */
  cdnRequests: { path: string; authorization?: string }[];
  /** 'refuse': connections are refused, as when Twilio cannot be reached at all; false: answering again */
  setDown(down: 'refuse' | false): Promise<void>;
  /** numbers Twilio refuses as invalid (400, error 21211), as for a number that cannot exist */
  invalidNumbers: Set<string>;
  close(): Promise<void>;
}

export const ACCOUNT_SID = process.env.TWILIO_ACCOUNT_SID!;
export const AUTH_TOKEN = process.env.TWILIO_AUTH_TOKEN!;
export const CENTRAL_NUMBER = process.env.TWILIO_PHONE_NUMBER!;

export const twilioSid = (prefix: string) => prefix + randomBytes(16).toString('hex');

// an MP3 frame header (MPEG-1 Layer III, 128 kbit/s, 44.1 kHz) followed by silence: what Twilio serves as .mp3
const MP3 = Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(413 * 20)]);

/**
 * A local HTTP server that answers as Twilio's REST API does for what Voordeur calls (Messages, Calls,
 * Recordings), on the port TWILIO_API_URL names; the twilio library reaches it through its own httpClient option.
 */
export async function startTwilioStandIn(): Promise<TwilioStandIn> {
  const port = Number(new URL(process.env.TWILIO_API_URL!).port);
  const requests: TwilioRequest[] = [];
  let failures = { n: 0, status: 500 };
  const unavailable = new Set<string>();
  const media = new Map<string, { contentType: string; content: Buffer }>();
  const cdnRequests: { path: string; authorization?: string }[] = [];
  // Twilio's content network, on a port of its own: another origin than the API
  const cdn = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://localhost');
    cdnRequests.push({ path: url.pathname, authorization: req.headers.authorization });
    const file = media.get(url.pathname.split('/').pop() ?? '');
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.content.length }).end(file.content);
  });
  await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
  const cdnUrl = `http://127.0.0.1:${(cdn.address() as { port: number }).port}`;
  const invalidNumbers = new Set<string>();
  const expectedAuth = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://localhost');
      const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString()));
      const authorized = req.headers.authorization === expectedAuth;
      const entry: TwilioRequest = { method: req.method!, path: url.pathname, params, authorized };
      requests.push(entry);
      const json = (status: number, body: object) => {
        entry.status = status;
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      };
      if (!authorized) return json(401, { code: 20003, message: 'Authenticate', status: 401 });
      if (failures.n > 0) {
        failures.n--;
        return json(failures.status, { code: 20500, message: 'Internal Server Error', status: failures.status });
      }
      const base = `/2010-04-01/Accounts/${ACCOUNT_SID}`;
      if (req.method === 'POST' && url.pathname === `${base}/Messages.json`) {
        if (invalidNumbers.has(params.To))
          return json(400, {
            code: 21211,
            message: `The 'To' number ${params.To} is not a valid phone number.`,
            status: 400,
          });
        return json(201, {
          sid: twilioSid('SM'),
          account_sid: ACCOUNT_SID,
          to: params.To,
          from: params.From ?? null,
          body: params.Body,
          status: 'queued',
          num_segments: '1',
          direction: 'outbound-api',
        });
      }
      if (req.method === 'POST' && url.pathname === `${base}/Calls.json`) {
        return json(201, {
          sid: twilioSid('CA'),
          account_sid: ACCOUNT_SID,
          to: params.To,
          from: params.From,
          status: 'queued',
          direction: 'outbound-api',
        });
      }
      const recording = url.pathname.match(new RegExp(`^${base}/Recordings/(RE[0-9a-f]{32})\\.mp3$`));
      if (req.method === 'GET' && recording && unavailable.has(recording[1]))
        return json(503, { code: 20503, message: 'Service Unavailable', status: 503 });
      if (req.method === 'GET' && recording)
        return res.writeHead(200, { 'Content-Type': 'audio/mpeg', 'Content-Length': MP3.length }).end(MP3);
      const mediaFile = url.pathname.match(
        new RegExp(`^${base}/Messages/((?:MM|SM)[0-9a-f]{32})/Media/(ME[0-9a-f]{32})$`),
      );
      if (req.method === 'GET' && mediaFile && media.has(mediaFile[2]))
        return res.writeHead(307, { Location: `${cdnUrl}/media/${mediaFile[2]}` }).end();
      json(404, { code: 20404, message: 'The requested resource was not found', status: 404 });
    });
  });
  const listen = () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // kept-alive connections would go on answering
      server.closeAllConnections();
    });
  await listen();
  let refusing = false;
  return {
    requests,
    recording: MP3,
    failNext: (n, status) => (failures = { n, status }),
    unavailable,
    media,
    cdnRequests,
    invalidNumbers,
    setDown: async (down) => {
      if (down === 'refuse' && !refusing) await stop();
      if (down === false && refusing) await listen();
      refusing = down === 'refuse';
    },
    close: async () => {
      if (!refusing) await stop();
      await new Promise<void>((resolve) => cdn.close(() => resolve()));
    },
  };
}

/** A webhook request as Twilio sends it: form-encoded, signed over PUBLIC_URL + path and the parameters. */
export function signedPost(app: Express, pathAndQuery: string, params: Record<string, string>, token = AUTH_TOKEN) {
  const url = process.env.PUBLIC_URL + pathAndQuery;
  const signature = twilio.getExpectedTwilioSignature(token, url, params);
  return request(app).post(pathAndQuery).type('form').set('X-Twilio-Signature', signature).send(params);
}

/** The parameters Twilio sends with an incoming call (the subset a real request carries, with real-looking values). */
export function callParams(
  callSid: string,
  from = '+32470123456',
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    AccountSid: ACCOUNT_SID,
    ApiVersion: '2010-04-01',
    CallSid: callSid,
    CallStatus: 'ringing',
    Called: CENTRAL_NUMBER,
    CalledCountry: 'BE',
    Caller: from,
    CallerCountry: 'BE',
    Direction: 'inbound',
    From: from,
    FromCountry: 'BE',
    To: CENTRAL_NUMBER,
    ToCountry: 'BE',
    ...extra,
  };
}

export function smsParams(
  messageSid: string,
  from: string,
  body: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    ToCountry: 'BE',
    SmsMessageSid: messageSid,
    NumMedia: '0',
    SmsSid: messageSid,
    SmsStatus: 'received',
    Body: body,
    FromCountry: 'BE',
    To: CENTRAL_NUMBER,
    NumSegments: '1',
    MessageSid: messageSid,
    AccountSid: ACCOUNT_SID,
    From: from,
    ApiVersion: '2010-04-01',
    ...extra,
  };
}

/** TwiML as a list of verbs, each with its attributes and text or nested verbs, in document order. */
export interface Verb {
  verb: string;
  attrs: Record<string, string>;
  text?: string;
  children: Verb[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  trimValues: true,
  parseAttributeValue: false,
  parseTagValue: false,
});

function toVerbs(nodes: Record<string, unknown>[]): Verb[] {
  const verbs: Verb[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name === '#text' || name === '?xml') continue;
    const content = node[name] as Record<string, unknown>[];
    const text = content.find((c) => '#text' in c)?.['#text'] as string | undefined;
    verbs.push({ verb: name, attrs: (node[':@'] as Record<string, string>) ?? {}, text, children: toVerbs(content) });
  }
  return verbs;
}

/** Parses a TwiML answer; throws when it is not a single <Response> document. */
export function parseTwiml(xml: string): Verb[] {
  const doc = toVerbs(parser.parse(xml));
  if (doc.length !== 1 || doc[0].verb !== 'Response') throw new Error(`not a TwiML document: ${xml}`);
  return doc[0].children;
}
