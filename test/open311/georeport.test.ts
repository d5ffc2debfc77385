import request from 'supertest';
import { randomBytes } from 'node:crypto';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { createApiKey } from '../../src/open311/apiKeys';
import { makeTicket } from '../support/factories';
import { expectErrors, expectJson, expectXmlErrors, makeServices, parseXml } from './support';

const app = buildApp();
let s: Awaited<ReturnType<typeof makeServices>>;
let key: string;

const get = (url: string) => request(app).get(url);

// what citizens sent: none of it may appear in any public answer
const CITIZEN = {
  first: 'Wendelien',
  last: 'Vanhoutteghem',
  email: 'wendelien.vanhoutteghem@example.be',
  phone: '0478 65 43 21',
  phoneE164: '+32478654321',
  device: 'device-zq-9981',
  account: 'account-zq-4410',
  media: 'https://photos.example.org/zq-secret.jpg',
};

async function submit(fields: Record<string, string>): Promise<{ service_request_id: string; token: string }> {
  const res = await request(app)
    .post('/open311/v2/requests.json')
    .type('form')
    .send(
      new URLSearchParams({
        api_key: key,
        email: CITIZEN.email,
        phone: CITIZEN.phone,
        first_name: CITIZEN.first,
        last_name: CITIZEN.last,
        device_id: CITIZEN.device,
        account_id: CITIZEN.account,
        media_url: CITIZEN.media,
        ...fields,
      }).toString(),
    );
  if (res.status !== 200) throw new Error(`POST failed: ${res.status} ${res.text}`);
  const { service_request_id } = res.body[0] as { service_request_id: string };
  // POST answers with the id only now; a token is what an earlier version handed out, still honoured by GET tokens/{token}
  const token = randomBytes(32).toString('base64url');
  await db().ticket.update({ where: { reference: service_request_id }, data: { open311Token: token } });
  return { service_request_id, token };
}

const DAY = 86_400_000;
let light: { service_request_id: string; token: string };
let pothole: { service_request_id: string; token: string };
let closedPothole: { service_request_id: string; token: string };
let old: { service_request_id: string; token: string };
let hiddenReport: { service_request_id: string; token: string };
let webPothole: string;
let socialTicket: string;
let mergedTicket: string;

beforeAll(async () => {
  s = await makeServices();
  key = (await createApiKey('Test-app')).key;
  old = await submit({
    service_code: 'wegdek',
    address_string: 'Oude Baan 3',
    lat: '50.84',
    long: '3.25',
    description: 'Oude put, beschreven door Wendelien.',
  });
  await db().ticket.update({
    where: { reference: old.service_request_id },
    data: { createdAt: new Date(Date.now() - 120 * DAY) },
  });
  closedPothole = await submit({
    service_code: 'wegdek',
    address_string: 'Molenstraat 8',
    lat: '50.8461234',
    long: '3.2598765',
    description: 'Gat in de weg voor mijn huis, bel me op 0478 65 43 21.',
  });
  await db().ticket.update({
    where: { reference: closedPothole.service_request_id },
    data: { status: 'resolved', resolvedAt: new Date(Date.now() - 1000), createdAt: new Date(Date.now() - 10 * DAY) },
  });
  pothole = await submit({
    service_code: 'wegdek',
    address_string: 'Molenstraat 10',
    lat: '50.8512345',
    long: '3.2623456',
    description: 'Een diepe put, ik ben Wendelien.',
  });
  hiddenReport = await submit({
    service_code: 'overlast',
    address_string: 'Lindenlaan 5',
    lat: '50.85',
    long: '3.26',
    description: 'Lawaai bij de buren.',
  });
  webPothole = (await makeTicket({ categoryId: s.pothole.id, name: 'Jozefien Weboloog', email: 'jozefien@example.be' }))
    .reference;
  await db().ticket.update({
    where: { reference: webPothole },
    data: { latitude: 50.8477777, longitude: 3.2666666, address: 'Webstraat 1' },
  });
  socialTicket = (await makeTicket({ categoryId: s.socialHelp.id, name: 'Sociaal Geval' })).reference;
  await db().ticket.update({
    where: { reference: socialTicket },
    data: { latitude: 50.85, longitude: 3.26, address: 'Thuisstraat 2' },
  });
  const merged = await makeTicket({ categoryId: s.pothole.id });
  await db().ticket.update({
    where: { id: merged.id },
    data: {
      mergedIntoId: (await db().ticket.findUniqueOrThrow({ where: { reference: pothole.service_request_id } })).id,
    },
  });
  mergedTicket = merged.reference;
  // the newest last: ordering is checked
  light = await submit({
    service_code: 'straatverlichting',
    address_string: 'Kerkstraat 14',
    lat: '50.8503123',
    long: '3.2632456',
    description: 'De lamp brandt niet. Groeten, Wendelien Vanhoutteghem.',
    'attribute[paalnummer]': '77-881',
  });
});

const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'requested_datetime',
  'updated_datetime',
];
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
type Rec = Record<string, unknown>;

describe('GET services', () => {
  const expected = [
    {
      service_code: 'sluikstort',
      service_name: 'Sluikstort',
      description: '',
      metadata: true,
      type: 'realtime',
      keywords: '',
      group: 'Netheid',
    },
    {
      service_code: 'straatverlichting',
      service_name: 'Defecte straatverlichting',
      description: 'Een straatlamp die niet brandt.',
      metadata: true,
      type: 'realtime',
      keywords: 'straatlamp, verlichting',
      group: 'Openbare ruimte',
    },
    {
      service_code: 'wegdek',
      service_name: 'Put in de weg',
      description: '',
      metadata: false,
      type: 'realtime',
      keywords: 'put',
      group: 'Openbare ruimte',
    },
    {
      service_code: 'overlast',
      service_name: 'Overlast',
      description: '',
      metadata: false,
      type: 'realtime',
      keywords: '',
      group: '',
    },
  ];

  test('JSON: the active, public, reportable categories with every field of the spec', async () => {
    const res = await get('/open311/v2/services.json');
    expect(res.status).toBe(200);
    expect(expectJson(res)).toEqual(expected);
  });

  test('XML: <services><service> with the same values', async () => {
    const doc = parseXml(await get('/open311/v2/services.xml?jurisdiction_id=voordeur.test').expect(200)) as {
      services: { service: Rec[] };
    };
    expect(doc.services.service).toEqual(expected.map((e) => ({ ...e, metadata: String(e.metadata) })));
  });

  test('?locale=en gives the English names; a matching jurisdiction_id in any case is fine', async () => {
    const res = await get('/open311/v2/services.json?locale=en&jurisdiction_id=VOORDEUR.test').expect(200);
    expect(res.body.map((x: Rec) => x.service_name)).toEqual([
      'Illegal dumping',
      'Broken street light',
      'Pothole',
      'Overlast (en)',
    ]);
    expectErrors(await get('/open311/v2/services.json?locale=fr'), 400, /locale must be nl or en/);
  });

  test('another jurisdiction is a 404 in either format', async () => {
    expectErrors(
      await get('/open311/v2/services.json?jurisdiction_id=sfgov.org'),
      404,
      /jurisdiction_id sfgov\.org was not found/,
    );
    expectXmlErrors(
      await get('/open311/v2/services.xml?jurisdiction_id=sfgov.org'),
      404,
      /jurisdiction_id sfgov\.org was not found/,
    );
  });

  test('the format suffix is required: none or an unknown one is a 404 in JSON; an unknown resource too', async () => {
    expectErrors(await get('/open311/v2/services'), 404, /Unknown format/);
    expectErrors(await get('/open311/v2/services.csv'), 404, /Unknown format/);
    expectErrors(await get('/open311/v2/services/straatverlichting'), 404, /Unknown format/);
    expectXmlErrors(await get('/open311/v2/agencies.xml'), 404, /no resource agencies/);
    expectErrors(await get('/open311/v2/a/b/c.json'), 404);
  });
});

describe('GET services/{service_code}', () => {
  const definition = {
    service_code: 'straatverlichting',
    attributes: [
      {
        variable: true,
        code: 'paalnummer',
        datatype: 'string',
        required: true,
        datatype_description: 'Het nummer op de paal (bv. 12-345)',
        order: 1,
        description: 'Paalnummer',
        values: [],
      },
      {
        variable: true,
        code: 'soort_defect',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: null,
        order: 2,
        description: 'Wat is er mis?',
        values: [
          { key: 'uit', name: 'Brandt niet' },
          { key: 'knippert', name: 'Knippert' },
          { key: 'overdag', name: 'Brandt overdag' },
        ],
      },
    ],
  };

  test('JSON: the service definition with its attributes in order', async () => {
    expect(expectJson(await get('/open311/v2/services/straatverlichting.json').expect(200))).toEqual(definition);
  });

  test('XML: <service_definition><attributes><attribute>…<values><value><key/><name/>', async () => {
    const doc = parseXml(await get('/open311/v2/services/straatverlichting.xml').expect(200)) as {
      service_definition: { service_code: string; attributes: { attribute: Rec[] } };
    };
    expect(doc.service_definition.service_code).toBe('straatverlichting');
    const [first, second] = doc.service_definition.attributes.attribute;
    expect(first).toEqual({
      variable: 'true',
      code: 'paalnummer',
      datatype: 'string',
      required: 'true',
      datatype_description: 'Het nummer op de paal (bv. 12-345)',
      order: '1',
      description: 'Paalnummer',
      values: '',
    });
    expect(second).toMatchObject({
      code: 'soort_defect',
      datatype: 'singlevaluelist',
      required: 'false',
      datatype_description: '',
      order: '2',
    });
    expect((second.values as { value: Rec[] }).value).toEqual([
      { key: 'uit', name: 'Brandt niet' },
      { key: 'knippert', name: 'Knippert' },
      { key: 'overdag', name: 'Brandt overdag' },
    ]);
  });

  test('a service without attributes has an empty list; a non-variable attribute is shown as information', async () => {
    expect((await get('/open311/v2/services/wegdek.json').expect(200)).body).toEqual({
      service_code: 'wegdek',
      attributes: [],
    });
    expect(parseXml(await get('/open311/v2/services/wegdek.xml').expect(200))).toEqual({
      service_definition: { service_code: 'wegdek', attributes: '' },
    });
    const litter = (await get('/open311/v2/services/sluikstort.json').expect(200)).body;
    expect(litter.attributes.map((a: Rec) => [a.code, a.variable, a.datatype, a.order])).toEqual([
      ['soort_afval', true, 'multivaluelist', 1],
      ['aantal_zakken', true, 'number', 2],
      ['uitleg', false, 'string', 3],
    ]);
  });

  test('an unknown code, or a category that is not a service, is a 404', async () => {
    expectErrors(await get('/open311/v2/services/bestaat-niet.json'), 404, /service_code bestaat-niet was not found/);
    expectXmlErrors(await get('/open311/v2/services/sociale-hulp.xml'), 404, /service_code sociale-hulp was not found/);
    expectErrors(await get('/open311/v2/services/intern.json'), 404);
    expectErrors(
      await get('/open311/v2/services/straatverlichting.json?jurisdiction_id=elders.be'),
      404,
      /jurisdiction_id/,
    );
  });
});

describe('GET requests', () => {
  test('JSON: by default the public requests of the last 90 days, newest first, with the spec’s fields', async () => {
    const res = await get('/open311/v2/requests.json').expect(200);
    const records = expectJson(res) as Rec[];
    expect(records.map((r) => r.service_request_id)).toEqual([
      light.service_request_id,
      webPothole,
      pothole.service_request_id,
      closedPothole.service_request_id,
    ]);
    for (const r of records) {
      for (const f of REQUEST_FIELDS) expect(r).toHaveProperty(f);
      expect(r.description).toBe('');
      expect(r.requested_datetime).toMatch(W3C);
      expect(r.updated_datetime).toMatch(W3C);
    }
    const [l, , p, c] = records;
    expect(l).toEqual({
      service_request_id: light.service_request_id,
      status: 'open',
      status_notes: 'Ontvangen',
      service_name: 'Defecte straatverlichting',
      service_code: 'straatverlichting',
      description: '',
      agency_responsible: 'Openbare Werken',
      requested_datetime: expect.stringMatching(W3C),
      updated_datetime: expect.stringMatching(W3C),
      address: 'Kerkstraat 14',
      lat: 50.85031,
      long: 3.26325,
    });
    // approximate: no address, the location snapped to about 100 m
    expect(p).not.toHaveProperty('address');
    expect([p.lat, p.long]).toEqual([50.851, 3.262]);
    expect(c).toMatchObject({ status: 'closed', status_notes: 'Opgelost' });
    const closed = await db().ticket.findUniqueOrThrow({ where: { reference: closedPothole.service_request_id } });
    expect(c.updated_datetime).toBe(closed.resolvedAt!.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  });

  test('XML: <service_requests><request> with the same records', async () => {
    const json = (await get('/open311/v2/requests.json').expect(200)).body as Rec[];
    const doc = parseXml(await get('/open311/v2/requests.xml').expect(200)) as { service_requests: { request: Rec[] } };
    expect(doc.service_requests.request).toEqual(
      json.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)]))),
    );
  });

  test('requests of hidden, non-reportable, merged or old categories never appear by default', async () => {
    const ids = ((await get('/open311/v2/requests.json').expect(200)).body as Rec[]).map((r) => r.service_request_id);
    for (const never of [hiddenReport.service_request_id, socialTicket, mergedTicket, old.service_request_id])
      expect(ids).not.toContain(never);
    const all = (
      await get(
        `/open311/v2/requests.json?service_request_id=${[hiddenReport.service_request_id, socialTicket, mergedTicket].join(',')}`,
      ).expect(200)
    ).body as Rec[];
    expect(all).toEqual([]);
  });

  test('service_code filter, one or a comma-separated list, or repeated', async () => {
    const codes = async (q: string) =>
      ((await get(`/open311/v2/requests.json?${q}`).expect(200)).body as Rec[]).map((r) => r.service_code);
    expect(await codes('service_code=wegdek')).toEqual(['wegdek', 'wegdek', 'wegdek']);
    expect(await codes('service_code=straatverlichting')).toEqual(['straatverlichting']);
    expect(await codes('service_code=straatverlichting,wegdek')).toHaveLength(4);
    expect(await codes('service_code=straatverlichting&service_code=wegdek')).toHaveLength(4);
    expect(await codes('service_code=sociale-hulp')).toEqual([]);
    expect(await codes('service_code=overlast')).toEqual([]);
  });

  test('status filter: open, closed or both; anything else is a 400', async () => {
    const ids = async (q: string) =>
      ((await get(`/open311/v2/requests.json?${q}`).expect(200)).body as Rec[]).map((r) => r.service_request_id);
    expect(await ids('status=closed')).toEqual([closedPothole.service_request_id]);
    expect(await ids('status=open')).toEqual([light.service_request_id, webPothole, pothole.service_request_id]);
    expect(await ids('status=open,closed')).toHaveLength(4);
    expect(await ids('status=closed&service_code=straatverlichting')).toEqual([]);
    expectErrors(await get('/open311/v2/requests.json?status=pending'), 400, /status must be open or closed/);
    expectXmlErrors(await get('/open311/v2/requests.xml?status=pending'), 400, /status must be open or closed/);
  });

  test('start_date and end_date select on requested_datetime within at most 90 days', async () => {
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const ids = async (q: string) =>
      ((await get(`/open311/v2/requests.json?${q}`).expect(200)).body as Rec[]).map((r) => r.service_request_id);
    const now = Date.now();
    expect(await ids(`start_date=${iso(now - 125 * DAY)}&end_date=${iso(now - 100 * DAY)}`)).toEqual([
      old.service_request_id,
    ]);
    expect(await ids(`start_date=${iso(now - 125 * DAY)}`)).toEqual([old.service_request_id]);
    expect(await ids(`end_date=${iso(now - 5 * DAY)}`)).toEqual([closedPothole.service_request_id]);
    expect(await ids(`start_date=${iso(now - 5 * DAY)}`)).toHaveLength(3);
    // with a UTC offset, and with the + left unencoded (it arrives as a space)
    const local = new Date(now - 11 * DAY + 3600_000).toISOString().slice(0, 19);
    expect(await ids(`start_date=${encodeURIComponent(`${local}+01:00`)}&end_date=${iso(now - 9 * DAY)}`)).toEqual([
      closedPothole.service_request_id,
    ]);
    expect(await ids(`start_date=${local}+01:00&end_date=${iso(now - 9 * DAY)}`)).toEqual([
      closedPothole.service_request_id,
    ]);
  });

  test.each([
    ['not a date', 'start_date=yesterday', /start_date must be a date and time in W3C format/],
    ['a date without time and zone', 'end_date=2026-01-01', /end_date must be a date and time in W3C format/],
    ['no time zone', 'start_date=2026-01-01T00:00:00', /start_date must be/],
    ['an impossible day', 'start_date=2026-02-30T00:00:00Z', /start_date must be/],
    [
      'start after end',
      'start_date=2026-03-01T00:00:00Z&end_date=2026-02-01T00:00:00Z',
      /start_date must not be after end_date/,
    ],
    [
      'more than 90 days',
      'start_date=2026-01-01T00:00:00Z&end_date=2026-04-02T00:00:00Z',
      /may not span more than 90 days/,
    ],
    ['a date given twice', 'start_date=2026-01-01T00:00:00Z&start_date=2026-01-02T00:00:00Z', /given more than once/],
  ])('a bad date filter is a 400: %s', async (_what, q, message) => {
    expectErrors(await get(`/open311/v2/requests.json?${q}`), 400, message);
    expectXmlErrors(await get(`/open311/v2/requests.xml?${q}`), 400, message);
  });

  test('service_request_id (a comma-separated list) overrides every other argument', async () => {
    const q = `service_request_id=${light.service_request_id},${old.service_request_id},VD-0000-0000&status=closed&service_code=sluikstort&start_date=nonsense`;
    const ids = ((await get(`/open311/v2/requests.json?${q}`).expect(200)).body as Rec[]).map(
      (r) => r.service_request_id,
    );
    expect(ids).toEqual([light.service_request_id, old.service_request_id]);
  });

  test('another jurisdiction is a 404', async () => {
    expectErrors(await get('/open311/v2/requests.json?jurisdiction_id=elders.be'), 404, /jurisdiction_id/);
  });
});

describe('GET requests/{service_request_id}', () => {
  test('JSON and XML: the same record as a one-element list', async () => {
    const list = (await get('/open311/v2/requests.json?service_code=straatverlichting').expect(200)).body as Rec[];
    const one = expectJson(await get(`/open311/v2/requests/${light.service_request_id}.json`).expect(200));
    expect(one).toEqual(list);
    const doc = parseXml(await get(`/open311/v2/requests/${light.service_request_id}.xml`).expect(200)) as {
      service_requests: { request: Rec[] };
    };
    expect(doc.service_requests.request).toHaveLength(1);
    expect(doc.service_requests.request[0]).toMatchObject({
      service_request_id: light.service_request_id,
      status: 'open',
      address: 'Kerkstraat 14',
      lat: '50.85031',
      long: '3.26325',
    });
  });

  test('a request from another channel in a reportable category is public too; the reference is read leniently', async () => {
    const [r] = (await get(`/open311/v2/requests/${webPothole.toLowerCase().replace(/-/g, '')}.json`).expect(200))
      .body as Rec[];
    expect(r).toMatchObject({ service_request_id: webPothole, service_code: 'wegdek', lat: 50.848, long: 3.267 });
    expect(r).not.toHaveProperty('address');
  });

  test('unknown, hidden, non-reportable and merged requests are all 404', async () => {
    expectErrors(
      await get('/open311/v2/requests/VD-0000-0000.json'),
      404,
      /service_request_id VD-0000-0000 was not found/,
    );
    expectErrors(await get('/open311/v2/requests/nonsense.json'), 404);
    expectErrors(await get(`/open311/v2/requests/${hiddenReport.service_request_id}.json`), 404);
    expectXmlErrors(await get(`/open311/v2/requests/${socialTicket}.xml`), 404, /was not found/);
    expectErrors(await get(`/open311/v2/requests/${mergedTicket}.json`), 404);
  });
});

describe('GET tokens/{token}', () => {
  test('JSON and XML: the request id for a token', async () => {
    expect(expectJson(await get(`/open311/v2/tokens/${light.token}.json`).expect(200))).toEqual([
      { service_request_id: light.service_request_id, token: light.token },
    ]);
    expect(parseXml(await get(`/open311/v2/tokens/${pothole.token}.xml`).expect(200))).toEqual({
      service_requests: { request: [{ service_request_id: pothole.service_request_id, token: pothole.token }] },
    });
  });

  test('an unknown token is a 404', async () => {
    expectErrors(
      await get('/open311/v2/tokens/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG.json'),
      404,
      /token .* was not found/,
    );
    expectXmlErrors(await get('/open311/v2/tokens/12345.xml'), 404, /was not found/);
  });
});

describe('GET discovery', () => {
  test('JSON and XML: the endpoint, its formats and the changeset', async () => {
    const d = expectJson(await get('/open311/v2/discovery.json').expect(200)) as Rec;
    expect(d).toEqual({
      changeset: expect.stringMatching(W3C),
      contact: expect.stringContaining('Gemeente Testdorp'),
      key_service: expect.stringContaining('api_key'),
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: 'http://voordeur.test/open311/v2',
          changeset: d.changeset,
          type: 'test',
          formats: ['text/xml', 'application/json'],
        },
      ],
    });
    const x = parseXml(await get('/open311/v2/discovery.xml').expect(200)) as {
      discovery: { endpoints: { endpoint: Rec[] } };
    };
    expect(x.discovery.endpoints.endpoint[0]).toEqual({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: 'http://voordeur.test/open311/v2',
      changeset: d.changeset,
      type: 'test',
      formats: { format: ['text/xml', 'application/json'] },
    });
  });
});

describe('no public answer ever shows who reported or what they wrote', () => {
  test('every GET answer, JSON and XML, is free of the citizen’s name, contact details, ids, words and approximate addresses', async () => {
    const urls = [
      '/open311/v2/services',
      '/open311/v2/services/straatverlichting',
      '/open311/v2/requests',
      `/open311/v2/requests?service_request_id=${[light, pothole, closedPothole, old, hiddenReport].map((r) => r.service_request_id).join(',')},${socialTicket},${webPothole}`,
      `/open311/v2/requests?start_date=${new Date(Date.now() - 125 * 86_400_000).toISOString()}`,
      `/open311/v2/requests/${light.service_request_id}`,
      `/open311/v2/requests/${pothole.service_request_id}`,
      `/open311/v2/requests/${closedPothole.service_request_id}`,
      `/open311/v2/requests/${webPothole}`,
      `/open311/v2/requests/${hiddenReport.service_request_id}`,
      `/open311/v2/requests/${socialTicket}`,
      `/open311/v2/tokens/${light.token}`,
      `/open311/v2/tokens/${pothole.token}`,
      '/open311/v2/discovery',
    ];
    const forbidden = [
      CITIZEN.first,
      CITIZEN.last,
      CITIZEN.email,
      'wendelien',
      CITIZEN.phone,
      CITIZEN.phoneE164,
      '0478',
      CITIZEN.device,
      CITIZEN.account,
      CITIZEN.media,
      'photos.example.org',
      'diepe put',
      'Gat in de weg',
      'lamp brandt niet',
      'Molenstraat',
      'Oude Baan',
      'Lindenlaan',
      'Lawaai',
      'Webstraat',
      'Jozefien',
      'jozefien@example.be',
      'Thuisstraat',
      'Sociaal Geval',
      '77-881',
      '50.8512345',
      '3.2623456',
      '50.8461234',
      '50.8477777',
    ];
    let seen = 0;
    for (const url of urls) {
      for (const format of ['json', 'xml']) {
        const [path, query] = url.split('?');
        const res = await get(`${path}.${format}${query ? `?${query}` : ''}`);
        expect([200, 404]).toContain(res.status);
        const text = res.text.toLowerCase();
        for (const f of forbidden)
          expect({ url: `${path}.${format}`, contains: f, found: text.includes(f.toLowerCase()) }).toEqual({
            url: `${path}.${format}`,
            contains: f,
            found: false,
          });
        seen++;
      }
    }
    expect(seen).toBe(urls.length * 2);
    // the exact street-light address is the one location shown in full, by design
    expect((await get('/open311/v2/requests.json').expect(200)).text).toContain('Kerkstraat 14');
  });
});
