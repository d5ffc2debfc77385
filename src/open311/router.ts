/*
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) under /open311/v2/.
 *
 * Where the spec leaves a choice, this is what Voordeur does (also in README.md (Open311 section)):
 *
 * Resources and formats
 *  - GET services, GET services/{service_code}, POST requests, GET requests, GET requests/{id},
 *    GET tokens/{token} and the Service Discovery document discovery; each as .json and .xml.
 *    The suffix is required: without one, or with another (.csv), the answer is a 404 in JSON.
 *  - JSON: application/json; charset=utf-8. XML: text/xml; charset=utf-8, with
 *    <?xml version="1.0" encoding="utf-8"?> and the root elements of the spec's examples. An empty
 *    value is null in JSON and an empty element in XML.
 *  - Dates out are W3C/ISO 8601 in UTC, whole seconds: 2026-01-31T14:30:00Z.
 *  - ?locale=en (extension): service names and status notes in English (on POST: the notice and the
 *    citizen's acknowledgement). Dutch by default.
 *
 * jurisdiction_id
 *  - One jurisdiction: OPEN311_JURISDICTION_ID, by default the host name of PUBLIC_URL. It may be
 *    left out; when given and not ours (compared without case) every method answers 404.
 *
 * Services
 *  - A service is a category that is active, public and reportable. type is always "realtime";
 *    metadata is true when the category has attribute definitions; keywords are joined with ", "
 *    as in the spec's example; group is the category's group; a missing description or group is "".
 *    Ordered by group, then name. Malformed stored attribute definitions are left out (and logged);
 *    attribute order is shown as 1, 2, 3… following the stored order (the spec wants unique positive numbers).
 *  - An unknown service_code (or a category that is not a service) is 404.
 *
 * POST requests
 *  - Form-encoded as the spec says; JSON is accepted too. Attributes as attribute[code]=value, a
 *    multivaluelist as attribute[code][]=a&attribute[code][]=b; in JSON also "attribute": {code: value}.
 *  - api_key is required (a form field; also read from the query string). Missing, unknown or
 *    revoked: 403. It is checked right after jurisdiction_id, before anything is read.
 *  - service_code missing: 400; unknown: 404 (the spec's list for this method).
 *  - A location is required: lat and long (both, WGS84, within range), or address_string, or address_id.
 *  - Every validation problem is returned at once, each as {code: 400, description}.
 *  - Attribute answers are checked against the service definition: required (variable) ones must be
 *    given; string is one line (max 500), text max 4,000, number numeric, datetime W3C (or a date),
 *    singlevaluelist one defined key, multivaluelist defined keys. Answers for codes the definition
 *    does not have, or for non-variable attributes, are ignored and not stored.
 *  - description: at most 4,000 characters (the spec's limit); kept as plain text, never rendered as HTML.
 *  - media_url must be an http(s) URL. It is stored with the message and NEVER fetched, downloaded,
 *    proxied or shown publicly.
 *  - email and phone are validated and normalised; first_name + last_name become the contact's name;
 *    device_id, account_id and address_id are kept with the message (meta) only. We have no address
 *    register, so address_id counts as a location but is never shown.
 *  - The ticket is made synchronously through intake() (channel open311), so the answer is HTTP 200
 *    (as in the spec's example, not 201) with service_request_id and NO token: the spec says each
 *    "should not be returned" with the other, and a token only serves servers that create later.
 *  - service_notice says the report was received and which department has it; account_id echoes
 *    the client's own value (null when none was sent). The citizen gets the usual acknowledgement
 *    (email; a text message when they gave only a mobile number). Open311 has no idempotency key:
 *    a retried POST makes a new ticket.
 *  - Responses carry no CORS headers, like the rest of the API.
 *
 * GET requests
 *  - service_request_id (comma-separated, at most 1000) overrides every other argument, as the spec says.
 *  - service_code and status take comma-separated lists and may be repeated; status is open or
 *    closed (open = new, open, waiting for the citizen; closed = resolved, closed), anything else 400.
 *  - start_date/end_date: W3C date-times WITH a time zone (the spec requires one); a date alone or
 *    anything else is 400. A "+" that arrived as a space (unencoded) is read as "+". They filter on
 *    requested_datetime. Neither: the last 90 days; start only: 90 days from start; end only: 90 days
 *    up to end; both: start <= end and at most 90 days apart, else 400.
 *  - At most 1000 requests, newest first. Only tickets the public may see (reports/publicReports.ts
 *    PUBLIC_REPORT: a reportable, public, active category whose map visibility is not hidden; not
 *    merged; not anonymised), from any channel.
 *
 * What a request record shows, and what it never shows
 *  - status, status_notes (the public status label), service_name/code, agency_responsible (the
 *    department; left out when none), requested/updated/expected_datetime (updated = the closing
 *    time for closed requests; expected = the SLA deadline, left out when none).
 *  - description is always "": what a citizen writes may name people or give personal details.
 *  - address only for categories whose map visibility is "exact" (left out otherwise: an address can
 *    point at a home); lat/long from publicLocation(): exact ~1 m, approximate snapped to ~100 m.
 *  - media_url is left out (a photo may show people, faces, number plates or a home); service_notice,
 *    address_id and zipcode are left out (we hold none).
 *  - NEVER the citizen's name, email, phone, device_id, account_id or attribute answers.
 *
 * tokens/{token}
 *  - POST hands out no tokens any more (see above); a token an earlier version handed out still
 *    answers [{service_request_id, token}], whatever the category: a 256-bit secret only the
 *    submitter holds, revealing only the id they already have. Anything else is 404.
 *
 * Errors
 *  - [{code, description}] / <errors><error><code/><description/></error></errors> with the spec's
 *    statuses: 400 bad input, 403 api_key, 404 not found. A rate limit is 429 with Retry-After.
 *    When the database fails (or anything else on our side) the answer is 503 with Retry-After: 5,
 *    not the spec's 400 "General service error" (a client should retry, not give up) and never 500.
 *
 * Limits and discovery
 *  - GETs count against RATE_LIMIT_PUBLIC_READS_PER_MINUTE, POST against RATE_LIMIT_FORMS_PER_MINUTE
 *    (per client address, shared with the other public endpoints).
 *  - discovery: changeset is the last change to a service (category), contact and key_service name
 *    the municipality and MAIL_FROM; one endpoint, type "production" when NODE_ENV=production, else "test".
 */
import { Router, type Request, type Response } from 'express';
import { config } from '../config';
import { rateLimit } from '../http/rateLimit';
import { authenticateApiKey } from './apiKeys';
import { badRequest, forbidden, notFound, open311ErrorHandler, send, splitFormat, type Format } from './format';
import { checkJurisdiction, chosenLocale, locale, single, w3c } from './params';
import { openService, openServices, serviceDefinition, serviceEntry, servicesChangedAt } from './services';
import { createRequest, findRequest, findRequests, findToken } from './requests';

export const OPEN311_BASE = '/open311/v2';
export const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';

type Query = Record<string, unknown>;

/** The resource and format from "services.json"; a missing or unknown suffix is a 404 (answered in JSON). */
function resource(file: string): { name: string; format: Format } {
  const split = splitFormat(file);
  if (!split) throw notFound(`Unknown format: add .json or .xml to the resource (e.g. ${OPEN311_BASE}/services.json).`);
  return split;
}

const noSuchResource = (name: string) =>
  notFound(`There is no resource ${name} here; see ${OPEN311_BASE}/discovery.json.`);

async function services(res: Response, format: Format, query: Query) {
  const rows = await openServices();
  const lang = locale(query.locale);
  send(
    res,
    format,
    200,
    'services',
    rows.map((c) => serviceEntry(c, lang)),
  );
}

async function discovery(res: Response, format: Format) {
  const c = config();
  const changeset = w3c((await servicesChangedAt()) ?? new Date(0));
  const contact = `${c.MUNICIPALITY_NAME}: ${c.MAIL_FROM}`;
  send(res, format, 200, 'discovery', {
    changeset,
    contact,
    key_service: `Een API-sleutel (api_key) om meldingen te versturen vraagt u aan bij ${c.MUNICIPALITY_NAME} (${c.MAIL_FROM}). Lezen kan zonder sleutel.`,
    endpoints: [
      {
        specification: SPECIFICATION,
        url: `${c.PUBLIC_URL}${OPEN311_BASE}`,
        changeset,
        type: c.NODE_ENV === 'production' ? 'production' : 'test',
        formats: ['text/xml', 'application/json'],
      },
    ],
  });
}

/** The POST fields: the form (or JSON) body; api_key and jurisdiction_id may also come in the query string. */
function postBody(req: Request): Record<string, unknown> {
  const body: unknown = req.body ?? {};
  if (typeof body !== 'object' || Array.isArray(body))
    throw badRequest('Send the fields form-encoded (or as one JSON object).');
  const fields = { ...(body as Record<string, unknown>) };
  for (const name of ['api_key', 'jurisdiction_id']) {
    if (single(fields[name], name) === undefined && req.query[name] !== undefined) fields[name] = req.query[name];
  }
  return fields;
}

/**
 * The Open311 GeoReport v2 endpoint: a plain router, mounted with app.use(open311Router()). Its
 * failures are answered in the spec's error form by its own error handler.
 */
export function open311Router(): Router {
  const router = Router();
  const reads = rateLimit('reads', () => config().RATE_LIMIT_PUBLIC_READS_PER_MINUTE);
  const forms = rateLimit('forms', () => config().RATE_LIMIT_FORMS_PER_MINUTE);

  router.get(`${OPEN311_BASE}/:file`, reads, async (req: Request, res: Response) => {
    const { name, format } = resource(String(req.params.file));
    if (name === 'discovery') return discovery(res, format);
    checkJurisdiction(req.query.jurisdiction_id);
    if (name === 'services') return services(res, format, req.query);
    if (name === 'requests')
      return send(res, format, 200, 'service_requests', await findRequests(req.query, locale(req.query.locale)));
    throw noSuchResource(name);
  });

  router.get(`${OPEN311_BASE}/services/:file`, reads, async (req: Request, res: Response) => {
    const { name: code, format } = resource(String(req.params.file));
    checkJurisdiction(req.query.jurisdiction_id);
    const category = await openService(code);
    if (!category) throw notFound(`service_code ${code} was not found.`);
    send(res, format, 200, 'service_definition', serviceDefinition(category));
  });

  router.get(`${OPEN311_BASE}/requests/:file`, reads, async (req: Request, res: Response) => {
    const { name: id, format } = resource(String(req.params.file));
    checkJurisdiction(req.query.jurisdiction_id);
    send(res, format, 200, 'service_requests', [await findRequest(id, locale(req.query.locale))]);
  });

  router.get(`${OPEN311_BASE}/tokens/:file`, reads, async (req: Request, res: Response) => {
    const { name: token, format } = resource(String(req.params.file));
    checkJurisdiction(req.query.jurisdiction_id);
    send(res, format, 200, 'service_requests', [await findToken(token)]);
  });

  router.post(`${OPEN311_BASE}/:file`, forms, async (req: Request, res: Response) => {
    const { name, format } = resource(String(req.params.file));
    if (name !== 'requests') throw noSuchResource(name);
    const body = postBody(req);
    checkJurisdiction(body.jurisdiction_id);
    const key = single(body.api_key, 'api_key');
    if (!key) throw forbidden('api_key was not provided: a key is required to submit a request.');
    const apiKey = await authenticateApiKey(key);
    if (!apiKey) throw forbidden('Invalid api_key: it is unknown or has been revoked.');
    const lang = chosenLocale(body.locale ?? req.query.locale);
    send(res, format, 200, 'service_requests', [await createRequest(body, apiKey, lang)]);
  });

  // anything else under the base (another resource or method, no suffix): 404 in the spec's form
  router.use(OPEN311_BASE, (req: Request) => {
    const path = req.path.replace(/^\//, '');
    resource(path.split('/').pop() ?? ''); // a missing or unknown suffix: 404 in JSON
    throw noSuchResource(path);
  });
  router.use(OPEN311_BASE, open311ErrorHandler());
  return router;
}
