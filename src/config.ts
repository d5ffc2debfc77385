import { z } from 'zod';
import { parseStorageUrl } from './storageLocation';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A Leaflet tile template: absolute http(s) or a path here, with {z}/{x}/{y}; a placeholder in the host only in its first label (CSP allows *.host). */
function isTileUrl(v: string): boolean {
  if (!['{z}', '{x}', '{y}'].every((p) => v.includes(p))) return false;
  if (v.startsWith('/') && !v.startsWith('//')) return true;
  const m = /^https?:\/\/([^/?#]+)(?:[/?#]|$)/i.exec(v);
  if (!m) return false;
  const labels = m[1].split(':')[0].split('.');
  return (
    (labels.length > 1 || !labels[0].includes('{')) &&
    labels.slice(1).every((l) => /^[a-z0-9-]+$/i.test(l)) &&
    /^([a-z0-9-]|\{[a-z]+\})+$/i.test(labels[0])
  );
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z
    .url('must be the URL citizens reach Voordeur at, e.g. https://voordeur.gemeente.be')
    .default('http://localhost:3000')
    .transform((u) => u.replace(/\/+$/, '')),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection URL'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** HTTP served by this many processes (node:cluster), "auto": one per core; each has its own database pool */
  API_PROCESSES: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(64)], {
      error: 'must be a number of processes (1–64) or auto (one per core)',
    })
    .default(1),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z.string().min(1).default('voordeur'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: bool.default(false),
  STORAGE_DIR: z.string().default('./data/attachments'),
  /** where attachments, raw mail, recordings live: file:///folder or s3://bucket?endpoint=…; wins over STORAGE_DIR */
  STORAGE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .transform((v, ctx) => {
        try {
          return parseStorageUrl(v);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
          return z.NEVER;
        }
      })
      .optional(),
  ),
  UPLOAD_MAX_FILE_MB: z.coerce.number().positive().max(100).default(10),
  UPLOAD_MAX_FILES: z.coerce.number().int().min(0).max(20).default(5),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z
    .string()
    .refine(
      (v) => z.email().safeParse(/<([^<>]+)>\s*$/.exec(v)?.[1] ?? v.trim()).success,
      'must be an address, or a name with the address in <>, e.g. "Gemeente Voordeur <info@voordeur.example>"',
    )
    .default('Gemeente Voordeur <info@voordeur.example>'),
  /** the languages a citizen is answered in when they write in them; anything else is answered in Dutch */
  REPLY_LANGUAGES: z
    .string()
    .default('nl,en')
    .transform((v) => [
      ...new Set(
        v
          .split(',')
          .map((l) => l.trim().toLowerCase())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.enum(['nl', 'en'], 'must list languages Voordeur writes in, separated by commas: nl, en'))
        .refine((l) => l.includes('nl'), 'must include nl (Dutch is the language of the administration)'),
    ),
  MUNICIPALITY_NAME: z.string().min(1).default('Gemeente Voordeur'),
  // the accessibility statement (/toegankelijkheid): who answers a report, and when the statement was last assessed
  ACCESSIBILITY_CONTACT_EMAIL: z.email('must be the email address that answers accessibility reports').optional(),
  ACCESSIBILITY_CONTACT_PHONE: z
    .string()
    .regex(/^[+0-9 ./()-]{6,30}$/, 'must be a phone number, e.g. 050 12 34 56')
    .optional(),
  ACCESSIBILITY_STATEMENT_DATE: z.iso
    .date('must be the date of the statement as YYYY-MM-DD, e.g. 2026-12-04')
    .default('2026-12-04'),
  ACCESSIBILITY_STATUS: z
    .enum(['full', 'partial', 'none'], 'must be full, partial or none (compliance with WCAG 2.1 AA)')
    .default('partial'),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(10).default(5000),
  // the relay looks for due rows at least this often even when no signal came (a safety net; see relay.ts)
  OUTBOX_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(2000),
  // a row being sent is leased to its worker, which renews the lease while the send is under way; a worker that
  // dies stops renewing and another takes the row over once the lease has run out
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).default(20_000),
  OUTBOX_LEASE_RENEW_MS: z.coerce.number().int().min(100).default(5000),
  // sends under way at once in one worker process
  OUTBOX_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(8),
  // a provider that stopped answering is probed first after the shortest wait, then doubling up to the longest
  PROVIDER_PROBE_MIN_MS: z.coerce.number().int().min(50).default(5000),
  PROVIDER_PROBE_MAX_MS: z.coerce.number().int().min(50).max(600_000).default(10_000),
  SECRET_KEY: z
    .string()
    .refine(
      (v) => Buffer.from(v, /^[0-9a-f]{64}$/i.test(v) ? 'hex' : 'base64').length === 32,
      'must be 32 random bytes, base64 or hex (openssl rand -base64 32)',
    )
    .optional(),
  IMAP_URL: z
    .string()
    .regex(/^imaps?:\/\/[^@]+@[^/]+/, 'must look like imap://user:password@host:143/INBOX (imaps:// for TLS)')
    .optional(),
  IMAP_ADDRESS: z.email('must be the address citizens write to').optional(),
  IMAP_PROCESSED_FOLDER: z.string().min(1).optional(),
  IMAP_DEFAULT_DEPARTMENT: z.string().min(1).optional(),
  IMAP_POLL_INTERVAL_MS: z.coerce.number().int().min(200).default(60_000),
  IMAP_RECONNECT_MAX_MS: z.coerce.number().int().min(100).default(60_000),
  EMAIL_MAX_MESSAGE_MB: z.coerce.number().positive().default(25),
  EMAIL_ACK_LIMIT_PER_HOUR: z.coerce.number().int().min(0).default(3),
  SLA_CHECK_INTERVAL_MS: z.coerce.number().int().min(1000).default(60_000),
  RATE_LIMIT_FORMS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_PUBLIC_READS_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** a form sent faster than this after it was shown is taken for a bot */
  FORM_MIN_FILL_SECONDS: z.coerce.number().min(0).default(3),
  LOGIN_SLOW_AFTER: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_AFTER: z.coerce.number().int().min(2).default(10),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  LOGIN_SLOWDOWN_MS: z.coerce.number().int().min(0).default(1000),
  METRICS_TOKEN: z.string().min(16, 'use at least 16 random characters').optional(),
  RETENTION_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(60_000)
    .default(6 * 3600_000),
  /** administrators must give a TOTP code after their password */
  ADMIN_TOTP_REQUIRED: bool.default(true),
  /** a job whose worker stopped answering (killed) this long ago is handed to another worker */
  QUEUE_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
  TWILIO_ACCOUNT_SID: z
    .string()
    .regex(/^AC[0-9a-f]{32}$/i, 'must be your Twilio Account SID (AC followed by 32 hex characters)')
    .optional(),
  TWILIO_AUTH_TOKEN: z.string().min(16, 'must be the auth token from the Twilio console').optional(),
  /** the central number in E.164 (+32…): callers dial it, SMS and call-backs leave from it */
  TWILIO_PHONE_NUMBER: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, 'must be a number in E.164 form, e.g. +3250123456')
    .optional(),
  TWILIO_MESSAGING_SERVICE_SID: z
    .string()
    .regex(/^MG[0-9a-f]{32}$/i, 'must be a Messaging Service SID (MG…)')
    .optional(),
  /** where the REST API is reached; only changed to point at a stand-in in tests */
  TWILIO_API_URL: z
    .url()
    .default('https://api.twilio.com')
    .transform((u) => u.replace(/\/+$/, '')),
  TWILIO_VOICE: z.string().min(1).default('Google.nl-BE-Standard-A'),
  TWILIO_VOICE_EN: z.string().min(1).default('Google.en-GB-Standard-A'),
  TWILIO_HOLD_MUSIC_URL: z.url().default('http://com.twilio.sounds.music.s3.amazonaws.com/MARKOVICHAMATEUR.mp3'),
  TWILIO_DIAL_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(120).default(25),
  TWILIO_QUEUE_MAX_WAIT_SECONDS: z.coerce.number().int().min(30).default(300),
  /** a call that ended at the voicemail prompt waits this long for its recording before it counts as missed */
  PHONE_MISSED_CALL_GRACE_SECONDS: z.coerce.number().int().min(0).default(120),
  PHONE_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  VOICEMAIL_MAX_SECONDS: z.coerce.number().int().min(10).max(600).default(120),
  /** recordings and MMS photos are fetched from Twilio by a job: this many tries, waiting twice as long each time */
  MEDIA_FETCH_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(10),
  MEDIA_FETCH_BACKOFF_MS: z.coerce.number().int().min(10).default(5_000),
  /** an OpenAI-compatible speech-to-text endpoint (whisper.cpp server, faster-whisper): voicemails are transcribed in Dutch; off when not set */
  TRANSCRIPTION_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .url(
        'must be the full address of an OpenAI-compatible transcription endpoint, e.g. http://127.0.0.1:8080/v1/audio/transcriptions',
      )
      .refine(
        (u) => /^https?:\/\//i.test(u),
        'must be an http:// or https:// address, e.g. http://127.0.0.1:8080/v1/audio/transcriptions',
      )
      .optional(),
  ),
  TRANSCRIPTION_MODEL: z.string().trim().min(1).default('whisper-1'),
  /** sent as "Authorization: Bearer …" when the endpoint wants a key */
  TRANSCRIPTION_API_KEY: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional()),
  TRANSCRIPTION_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(3600).default(300),
  /** Open311 jurisdiction_id; by default the host name of PUBLIC_URL */
  OPEN311_JURISDICTION_ID: z.string().min(1).max(200).optional(),
  /** a status update waits this long, so a status corrected at once sends nothing wrong and a bulk change is bundled */
  STATUS_UPDATE_DELAY_SECONDS: z.coerce.number().int().min(0).max(3600).default(120),
  /** the public map's background: a tile URL template (Leaflet), its attribution (HTML), the centre "lat,lng" and zoom it opens at */
  MAP_TILE_URL: z
    .string()
    .refine(
      isTileUrl,
      'must be an http(s):// URL or a path on this server with {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png ({s} only in the first label of the host name)',
    )
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  MAP_TILE_ATTRIBUTION: z
    .string()
    .trim()
    .min(1)
    .default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
  MAP_CENTER: z
    .string()
    .default('50.8283,3.2649')
    .transform((v, ctx) => {
      const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(v);
      const lat = Number(m?.[1]);
      const lng = Number(m?.[2]);
      if (!m || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
        ctx.addIssue({ code: 'custom', message: 'must be "latitude,longitude" in degrees, e.g. 50.8283,3.2649' });
        return z.NEVER;
      }
      return { lat, lng };
    }),
  MAP_ZOOM: z.coerce
    .number({ error: 'must be a zoom level from 1 to 19' })
    .int('must be a zoom level from 1 to 19')
    .min(1, 'must be a zoom level from 1 to 19')
    .max(19, 'must be a zoom level from 1 to 19')
    .default(14),
  /**
   * the town's boundary, a GeoJSON file (Polygon or MultiPolygon, or a Feature / FeatureCollection holding one): reports
   * from the map, the public API and Open311 with a place outside it are refused; not set, nothing is refused
   */
  TOWN_BOUNDARY_FILE: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional()),
  /**
   * a Nominatim-compatible geocoder (its base address, e.g. https://nominatim.openstreetmap.org): the map's address
   * search asks it through this server; not set, there is no address search and no citizen's words leave the server
   */
  GEOCODER_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .url('must be the base address of a Nominatim-compatible geocoder, e.g. https://nominatim.openstreetmap.org')
      .refine((u) => /^https?:\/\//i.test(u), 'must be an http:// or https:// address')
      .optional(),
  ),
  /** address searches one visitor may make per minute (each one reaches the geocoder) */
  RATE_LIMIT_GEOCODER_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** a visitor may check in at the kiosk this many minutes before their appointment … */
  CHECKIN_EARLY_MINUTES: z.coerce.number().int().min(0).max(240).default(30),
  /** … and this many minutes after its start */
  CHECKIN_LATE_MINUTES: z.coerce.number().int().min(0).max(120).default(15),
  /**
   * citizen login through OpenID Connect (ACM/IDM of the Flemish government, itsme): the provider's issuer (discovery
   * from its /.well-known/openid-configuration) and this client's id and secret; all three or none (then everything
   * stays anonymous and no login link is shown)
   */
  OIDC_ISSUER: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .url({
        protocol: /^https?$/,
        error: 'must be the issuer URL of the OpenID Connect provider, e.g. https://authenticatie.vlaanderen.be/op',
      })
      .optional(),
  ),
  OIDC_CLIENT_ID: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().min(1).optional()),
  OIDC_CLIENT_SECRET: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional()),
  /** scopes asked for besides "openid profile email", separated by spaces (e.g. the one that gives the national-register number) */
  OIDC_EXTRA_SCOPES: z
    .string()
    .default('')
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/, 'must be scope names separated by spaces'))),
  /** the claim that carries the national-register number (ACM/IDM and itsme name it differently); not set: never read */
  OIDC_NATIONAL_REGISTER_CLAIM: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^[A-Za-z0-9_:./-]{1,100}$/, 'must be the name of a claim, e.g. rrn')
      .optional(),
  ),
  /** a citizen's login ends after this many hours without a request … */
  CITIZEN_SESSION_IDLE_HOURS: z.coerce.number().positive().max(72).default(8),
  /** … and in any case this many hours after logging in */
  CITIZEN_SESSION_MAX_HOURS: z.coerce.number().positive().max(720).default(24),
  /** how long an e-loket document's download link works after the agent delivered it */
  DOCUMENT_LINK_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema> & { cookieSecure: boolean; citizenLogin: boolean };

/** The channels' own settings (each declared in its folder with defineConfigPart), checked at start with the rest. */
const partShapes: z.ZodRawShape[] = [];
/** settings of a part that only work with the Twilio account */
const TWILIO_SETTINGS: string[] = [];

/**
 * A channel's settings, declared in its own folder (src/channels/<name>/settings.ts) rather than here: loadConfig
 * checks them at start with everything else (one list of problems), and the channel reads them through get().
 */
export function defineConfigPart<S extends z.ZodRawShape>(
  shape: S,
  options: { needsTwilio?: (keyof S & string)[] } = {},
): ConfigPart<z.infer<z.ZodObject<S>>> {
  partShapes.push(shape);
  TWILIO_SETTINGS.push(...(options.needsTwilio ?? []));
  const part = z.object(shape);
  const from = (c: Config): z.infer<typeof part> => {
    // a part declared after the settings were read (a test's own import order) reads the same environment itself
    if (!partsOf.get(c)?.has(shape)) return part.parse(process.env);
    const all = c as unknown as Record<string, unknown>;
    return Object.fromEntries(Object.keys(shape).map((k) => [k, all[k]])) as z.infer<typeof part>;
  };
  return { from, get: () => from(config()) };
}

export interface ConfigPart<T> {
  /** the part's values in these settings (loadConfig's result) */
  from(c: Config): T;
  /** the part's values in the settings the process runs with */
  get(): T;
}

/** which parts each loaded configuration holds */
const partsOf = new WeakMap<Config, Set<z.ZodRawShape>>();

export class ConfigError extends Error {}

/**
 * Settings that only work together. Refused at start, before anything listens: without this an IMAP_URL
 * without SECRET_KEY printed "listening" and then took the process down when it stored the mailbox password.
 */
function missingCompanions(env: NodeJS.ProcessEnv): string[] {
  const given = (name: string) => (env[name] ?? '') !== '';
  const problems: string[] = [];
  if (given('IMAP_URL') && !given('SECRET_KEY')) {
    problems.push(
      '  - IMAP_URL needs SECRET_KEY: the mailbox password is stored encrypted with it (openssl rand -base64 32)',
    );
  }
  for (const name of ['IMAP_ADDRESS', 'IMAP_PROCESSED_FOLDER', 'IMAP_DEFAULT_DEPARTMENT']) {
    if (given(name) && !given('IMAP_URL'))
      problems.push(
        `  - ${name} only applies to the mailbox of IMAP_URL, which is not set (other mailboxes are set up in the console)`,
      );
  }
  const [sid, token] = [given('TWILIO_ACCOUNT_SID'), given('TWILIO_AUTH_TOKEN')];
  if (sid !== token)
    problems.push(
      `  - ${sid ? 'TWILIO_ACCOUNT_SID needs TWILIO_AUTH_TOKEN' : 'TWILIO_AUTH_TOKEN needs TWILIO_ACCOUNT_SID'}: set both, or neither to run without phone and SMS`,
    );
  for (const name of ['TWILIO_PHONE_NUMBER', 'TWILIO_MESSAGING_SERVICE_SID', ...TWILIO_SETTINGS]) {
    if (given(name) && !(sid && token)) problems.push(`  - ${name} needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN`);
  }
  if (sid && token && !given('TWILIO_PHONE_NUMBER') && !given('TWILIO_MESSAGING_SERVICE_SID')) {
    problems.push(
      '  - TWILIO_PHONE_NUMBER is needed with TWILIO_ACCOUNT_SID: SMS and call-backs leave from it (or set TWILIO_MESSAGING_SERVICE_SID for SMS)',
    );
  }
  const oidc = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'];
  const oidcGiven = oidc.filter(given);
  if (oidcGiven.length && oidcGiven.length < oidc.length)
    problems.push(
      `  - ${oidcGiven.join(' and ')} ${oidcGiven.length === 1 ? 'needs' : 'need'} ${oidc.filter((n) => !given(n)).join(' and ')}: set all three for citizen login, or none to run without it`,
    );
  if (oidcGiven.length && !given('SECRET_KEY'))
    problems.push(
      '  - OIDC_ISSUER needs SECRET_KEY: the login in progress and the national-register number are sealed with it (openssl rand -base64 32)',
    );
  for (const name of ['OIDC_EXTRA_SCOPES', 'OIDC_NATIONAL_REGISTER_CLAIM']) {
    if (given(name) && !oidcGiven.length) problems.push(`  - ${name} only applies with OIDC_ISSUER, which is not set`);
  }
  const storage = env.STORAGE_URL ?? '';
  if (storage.startsWith('s3:') && given('AWS_ACCESS_KEY_ID') !== given('AWS_SECRET_ACCESS_KEY'))
    problems.push(
      `  - ${given('AWS_ACCESS_KEY_ID') ? 'AWS_ACCESS_KEY_ID needs AWS_SECRET_ACCESS_KEY' : 'AWS_SECRET_ACCESS_KEY needs AWS_ACCESS_KEY_ID'}: the bucket of STORAGE_URL is reached with both`,
    );
  const [lease, renew] = [Number(env.OUTBOX_LEASE_MS || 20_000), Number(env.OUTBOX_LEASE_RENEW_MS || 5000)];
  if (renew * 2 > lease)
    problems.push(
      `  - OUTBOX_LEASE_RENEW_MS=${renew} must be at most half of OUTBOX_LEASE_MS=${lease}: a sending worker renews its lease before it runs out, with room for one late renewal`,
    );
  const smtp = /^smtps?:\/\/([^:@/]*)(:[^@/]*)?@/.exec(env.SMTP_URL ?? '');
  if (smtp && smtp[1] && !smtp[2])
    problems.push('  - SMTP_URL has a user name but no password: write smtp://user:password@host:port');
  return problems;
}

/** Reads the environment once; every problem is named so an operator can fix them all in one go. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = partShapes.reduce<z.ZodObject>((all, shape) => all.extend(shape), schema).safeParse(env);
  const companions = missingCompanions(env);
  if (!parsed.success || companions.length) {
    const lines = (parsed.error?.issues ?? []).map((i) => {
      const name = String(i.path[0]);
      // credentials in a URL never reach the logs
      const shown = JSON.stringify(env[name]?.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@'));
      return env[name] === undefined ? `  - ${name}: not set (see .env.example)` : `  - ${name}=${shown}: ${i.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${[...lines, ...companions].join('\n')}`);
  }
  const c = parsed.data as z.infer<typeof schema>;
  const loaded = {
    ...c,
    cookieSecure: c.COOKIE_SECURE ?? c.PUBLIC_URL.startsWith('https://'),
    citizenLogin: Boolean(c.OIDC_ISSUER && c.OIDC_CLIENT_ID && c.OIDC_CLIENT_SECRET),
  };
  partsOf.set(loaded, new Set(partShapes));
  return loaded;
}

let current: Config | undefined;

export function config(): Config {
  current ??= loadConfig();
  return current;
}
