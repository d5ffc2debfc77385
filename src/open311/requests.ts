import type { ApiKey, Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { intake } from '../intake/intake';
import { PUBLIC_REPORT, PUBLIC_STATUS, open311Status, publicLocation } from '../reports/publicReports';
import { parseReference } from '../tickets/reference';
import { insideTown, outsideTownMessage } from '../map/boundary';
import { EmailField, PhoneField } from '../shared/identities';
import { badRequest, notFound } from './format';
import { list, parseW3cDateTime, single, w3c, type Locale } from './params';
import { SERVICE_WHERE, attributeDefinitions, checkAnswers, serviceName } from './services';

/** The spec's response volume: a span of 90 days or the first 1000 requests, whichever is smaller. */
export const MAX_SPAN_DAYS = 90;
export const MAX_REQUESTS = 1000;
const DAY = 86_400_000;

/** Only what a public record shows is read: never the contact, the messages or the citizen's text. */
const PUBLIC_SELECT = {
  reference: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  resolvedAt: true,
  closedAt: true,
  dueAt: true,
  address: true,
  latitude: true,
  longitude: true,
  category: { select: { code: true, nameNl: true, nameEn: true, mapVisibility: true } },
  department: { select: { name: true } },
} satisfies Prisma.TicketSelect;

type PublicRow = Prisma.TicketGetPayload<{ select: typeof PUBLIC_SELECT }>;

/** One request as anyone may see it (GET requests): see the choices in router.ts for what is left out and why. */
function publicRecord(t: PublicRow, locale: Locale) {
  const category = t.category!; // PUBLIC_REPORT only matches tickets with a (reportable) category
  const status = open311Status(t.status);
  const location = publicLocation(t.latitude, t.longitude, category.mapVisibility);
  const updated = status === 'closed' ? (t.closedAt ?? t.resolvedAt ?? t.updatedAt) : t.updatedAt;
  return {
    service_request_id: t.reference,
    status,
    status_notes: PUBLIC_STATUS[locale][t.status],
    service_name: serviceName(category, locale),
    service_code: category.code,
    description: '',
    ...(t.department ? { agency_responsible: t.department.name } : {}),
    requested_datetime: w3c(t.createdAt),
    updated_datetime: w3c(updated),
    ...(t.dueAt ? { expected_datetime: w3c(t.dueAt) } : {}),
    ...(category.mapVisibility === 'exact' && t.address ? { address: t.address } : {}),
    ...(location ? { lat: location.lat, long: location.long } : {}),
  };
}

export type PublicRecord = ReturnType<typeof publicRecord>;

function dateArgument(query: Record<string, unknown>, name: string): Date | undefined {
  const raw = single(query[name], name);
  if (raw === undefined) return undefined;
  const date = parseW3cDateTime(raw);
  if (!date)
    throw badRequest(
      `${name} must be a date and time in W3C format with a time zone, e.g. 2026-01-01T00:00:00Z (got ${raw}).`,
    );
  return date;
}

/** The requested_datetime window: at most 90 days; by default the most recent 90 days. */
function dateWindow(query: Record<string, unknown>, now: Date): { gte: Date; lte: Date } {
  const start = dateArgument(query, 'start_date');
  const end = dateArgument(query, 'end_date');
  const span = MAX_SPAN_DAYS * DAY;
  if (start && end) {
    if (start > end) throw badRequest('start_date must not be after end_date.');
    if (end.getTime() - start.getTime() > span)
      throw badRequest(`start_date and end_date may not span more than ${MAX_SPAN_DAYS} days.`);
    return { gte: start, lte: end };
  }
  if (start) return { gte: start, lte: new Date(start.getTime() + span) };
  if (end) return { gte: new Date(end.getTime() - span), lte: end };
  return { gte: new Date(now.getTime() - span), lte: now };
}

const STATUSES = { open: ['new', 'open', 'pending_citizen'], closed: ['resolved', 'closed'] } as const;

/** GET requests: by service_request_id (which overrides every other argument) or by service_code, status and dates. */
export async function findRequests(
  query: Record<string, unknown>,
  locale: Locale,
  now = new Date(),
): Promise<PublicRecord[]> {
  const ids = list(query.service_request_id, 'service_request_id');
  let filter: Prisma.TicketWhereInput;
  if (ids) {
    if (ids.length > MAX_REQUESTS) throw badRequest(`At most ${MAX_REQUESTS} service_request_id values at once.`);
    filter = { reference: { in: ids.map((id) => parseReference(id)).filter((r): r is string => r !== undefined) } };
  } else {
    const codes = list(query.service_code, 'service_code');
    const statuses = list(query.status, 'status');
    const wrong = statuses?.filter((s) => !(s in STATUSES));
    if (wrong?.length) throw badRequest(`status must be open or closed (got ${wrong.join(', ')}).`);
    filter = {
      AND: [
        { createdAt: dateWindow(query, now) },
        codes ? { category: { code: { in: codes } } } : {},
        statuses ? { status: { in: statuses.flatMap((s) => STATUSES[s as keyof typeof STATUSES]) } } : {},
      ],
    };
  }
  const rows = await db().ticket.findMany({
    where: { AND: [PUBLIC_REPORT, filter] },
    select: PUBLIC_SELECT,
    orderBy: [{ createdAt: 'desc' }, { reference: 'desc' }],
    take: MAX_REQUESTS,
  });
  return rows.map((r) => publicRecord(r, locale));
}

/** GET requests/{service_request_id}: unknown and non-public requests alike are 404. */
export async function findRequest(id: string, locale: Locale): Promise<PublicRecord> {
  const reference = parseReference(id);
  const row = reference
    ? await db().ticket.findFirst({ where: { AND: [PUBLIC_REPORT, { reference }] }, select: PUBLIC_SELECT })
    : null;
  if (!row) throw notFound(`service_request_id ${id} was not found.`);
  return publicRecord(row, locale);
}

/** GET tokens/{token}. */
export async function findToken(token: string): Promise<{ service_request_id: string; token: string }> {
  const row = /^[A-Za-z0-9_-]{1,200}$/.test(token)
    ? await db().ticket.findUnique({ where: { open311Token: token }, select: { reference: true } })
    : null;
  if (!row) throw notFound(`token ${token} was not found.`);
  return { service_request_id: row.reference, token };
}

// ---------------------------------------------------------------------------------------------
// POST requests

const ATTRIBUTE_KEY = /^attribute\[([^\]]+)\](\[\])?$/;

/** attribute[code]=value pairs: literal form keys (attribute[code], attribute[code][]) or, in JSON, an "attribute" object. */
function attributeInput(body: Record<string, unknown>): Map<string, string[]> {
  const given = new Map<string, string[]>();
  const add = (code: string, value: unknown) => {
    const values = (Array.isArray(value) ? value : [value]).map((v) => {
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      if (v === null || v === undefined) return '';
      throw badRequest(`attribute[${code}] must be text.`);
    });
    given.set(code, [...(given.get(code) ?? []), ...values]);
  };
  for (const [key, value] of Object.entries(body)) {
    const m = ATTRIBUTE_KEY.exec(key);
    if (m) add(m[1], value);
  }
  const nested = body.attribute;
  if (nested !== undefined && nested !== null && nested !== '') {
    if (typeof nested !== 'object' || Array.isArray(nested))
      throw badRequest('attribute takes the form attribute[code]=value.');
    for (const [code, value] of Object.entries(nested)) add(code, value);
  }
  return given;
}

/** Reads the optional text fields, collecting every problem so the client hears them all at once. */
class Fields {
  readonly errors: string[] = [];
  constructor(private readonly body: Record<string, unknown>) {}

  text(name: string, max: number): string | undefined {
    let value: string | undefined;
    try {
      value = single(this.body[name], name);
    } catch (err) {
      this.errors.push((err as Error).message);
      return undefined;
    }
    if (value !== undefined && value.length > max) {
      this.errors.push(`${name} is limited to ${max.toLocaleString('en')} characters.`);
      return undefined;
    }
    return value;
  }

  coordinate(name: 'lat' | 'long', raw: string): number | undefined {
    const limit = name === 'lat' ? 90 : 180;
    const n = /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isFinite(n) || n < -limit || n > limit) {
      this.errors.push(`${name} must be a number between -${limit} and ${limit} (WGS84).`);
      return undefined;
    }
    return n;
  }
}

/** A field counts as given when it holds anything but blanks (the spec: empty is the same as left out). */
const given = (v: unknown) =>
  v !== undefined && v !== null && (Array.isArray(v) ? v.some(given) : String(v).trim() !== '');

const PLACEHOLDER_BODY = '(Melding via Open311, zonder beschrijving.)';

function subjectFor(
  service: string,
  address: string | undefined,
  description: string | undefined,
  addressId: string | undefined,
): string {
  if (address) return `${service} – ${address}`.slice(0, 200);
  if (description) {
    const line = description.replace(/\s+/g, ' ').trim();
    return `${service}: ${line.length > 80 ? `${line.slice(0, 79)}…` : line}`;
  }
  if (addressId) return `${service} (adres-id ${addressId})`.slice(0, 200);
  return service;
}

export interface CreatedRequest {
  service_request_id: string;
  service_notice: string;
  account_id: string | null;
}

/**
 * POST requests, after the jurisdiction and the API key were checked: validates everything (400
 * with every problem found; 404 for an unknown service_code), then creates the ticket through
 * intake() like any other channel, and stores the attribute answers on it.
 */
export async function createRequest(
  body: Record<string, unknown>,
  apiKey: ApiKey,
  chosenLocale: Locale | undefined,
): Promise<CreatedRequest> {
  const locale = chosenLocale ?? 'nl';
  const f = new Fields(body);
  const serviceCode = f.text('service_code', 100);
  const category = serviceCode
    ? await db().category.findFirst({ where: { ...SERVICE_WHERE, code: serviceCode } })
    : null;
  if (serviceCode && !category) throw notFound(`service_code ${serviceCode} was not found.`);
  if (!serviceCode && !given(body.service_code)) f.errors.push('service_code was not provided.');

  const latRaw = f.text('lat', 40);
  const longRaw = f.text('long', 40);
  let latitude: number | undefined;
  let longitude: number | undefined;
  if (latRaw !== undefined || longRaw !== undefined) {
    if (latRaw === undefined || longRaw === undefined) f.errors.push('lat and long must both be sent.');
    else {
      latitude = f.coordinate('lat', latRaw);
      longitude = f.coordinate('long', longRaw);
      if (latitude !== undefined && longitude !== undefined && !insideTown(latitude, longitude))
        f.errors.push(outsideTownMessage(locale));
    }
  }
  const address = f.text('address_string', 500);
  const addressId = f.text('address_id', 200);
  if (!['lat', 'long', 'address_string', 'address_id'].some((k) => given(body[k]))) {
    f.errors.push('A location was not provided: send lat and long, address_string or address_id.');
  }

  const emailRaw = f.text('email', 254);
  const email = emailRaw === undefined ? undefined : EmailField.safeParse(emailRaw);
  if (email && !email.success) f.errors.push('email is not a valid email address.');
  const phoneRaw = f.text('phone', 40);
  const phone = phoneRaw === undefined ? undefined : PhoneField.safeParse(phoneRaw);
  if (phone && !phone.success) f.errors.push('phone is not a valid phone number.');
  const firstName = f.text('first_name', 100);
  const lastName = f.text('last_name', 100);
  const deviceId = f.text('device_id', 200);
  const accountId = f.text('account_id', 200);
  const description = f.text('description', 4000);
  const mediaUrl = f.text('media_url', 2000);
  if (mediaUrl !== undefined) {
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(mediaUrl).protocol);
    } catch {
      ok = false;
    }
    if (!ok) f.errors.push('media_url must be an http or https URL.');
  }

  let answers = {};
  if (category) {
    const checked = checkAnswers(attributeDefinitions(category), attributeInput(body));
    answers = checked.answers;
    f.errors.push(...checked.errors);
  }
  if (f.errors.length || !category) throw badRequest(...f.errors);

  const name = [firstName, lastName].filter(Boolean).join(' ') || undefined;
  const meta: Prisma.InputJsonObject = Object.fromEntries(
    Object.entries({
      media_url: mediaUrl,
      device_id: deviceId,
      account_id: accountId,
      address_id: addressId,
      api_key_id: apiKey.id,
      service_code: category.code,
    }).filter(([, v]) => v !== undefined),
  );
  const service = serviceName(category, 'nl');
  const { ticket } = await intake({
    channel: 'open311',
    externalId: undefined,
    contact: { name, email: email?.data, phone: phone?.data, language: chosenLocale },
    language: chosenLocale,
    subject: subjectFor(service, address, description, addressId),
    body: description ?? PLACEHOLDER_BODY,
    categoryId: category.id,
    location: { latitude, longitude, address },
    meta,
  });
  await db().ticket.update({ where: { id: ticket.id }, data: { attributes: answers } });
  const department = ticket.departmentId
    ? await db().department.findUnique({ where: { id: ticket.departmentId }, select: { name: true } })
    : null;
  const notice =
    locale === 'en'
      ? `Your report was received${department ? ` and passed on to ${department.name}` : ''}.`
      : `Uw melding is ontvangen${department ? ` en doorgegeven aan ${department.name}` : ''}.`;
  return { service_request_id: ticket.reference, service_notice: notice, account_id: accountId ?? null };
}
