import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { createApiKey, revokeApiKey } from '../../src/open311/apiKeys';
import { expectErrors, expectJson, expectXmlErrors, makeServices, parseXml } from './support';

const app = buildApp();
let services: Awaited<ReturnType<typeof makeServices>>;
let key: string;
let keyId: string;

beforeAll(async () => {
  services = await makeServices();
  const made = await createApiKey('Test-app');
  key = made.key;
  keyId = made.apiKey.id;
});

const lightForm = (over: Record<string, string | string[] | undefined> = {}) => {
  const fields: Record<string, string | string[] | undefined> = {
    api_key: key,
    jurisdiction_id: 'voordeur.test',
    service_code: 'straatverlichting',
    lat: '50.8503123',
    long: '3.2632456',
    address_string: 'Kerkstraat 14, 8500 Kortrijk',
    email: 'Marie.Janssens@Example.be',
    device_id: 'device-abc-123',
    account_id: 'account-42',
    first_name: 'Marie',
    last_name: 'Janssens',
    phone: '0470 12 34 56',
    description: 'De lamp voor nummer 14 brandt al een week niet.',
    media_url: 'https://photos.example.org/lamp.jpg',
    'attribute[paalnummer]': '12-345',
    'attribute[soort_defect]': 'knippert',
    ...over,
  };
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(fields))
    for (const one of v === undefined ? [] : Array.isArray(v) ? v : [v]) q.append(k, one);
  return q.toString();
};

const post = (format: 'json' | 'xml', body: string) =>
  request(app).post(`/open311/v2/requests.${format}`).type('form').send(body);

describe('POST requests creates a ticket through intake', () => {
  test('form-encoded, as the spec shows: 200 with the id (and no token: the spec wants one or the other), notice and account_id; the ticket holds it all', async () => {
    const res = await post('json', lightForm());
    expect(res.status).toBe(200);
    const [created] = expectJson(res) as { service_request_id: string; service_notice: string; account_id: string }[];
    expect(Object.keys(created).sort()).toEqual(['account_id', 'service_notice', 'service_request_id']);
    expect(created.service_request_id).toMatch(/^VD-\d{4}-\d{4}$/);
    expect(created.service_notice).toBe('Uw melding is ontvangen en doorgegeven aan Openbare Werken.');
    expect(created.account_id).toBe('account-42');

    const ticket = await db().ticket.findUniqueOrThrow({
      where: { reference: created.service_request_id },
      include: { contact: { include: { identities: true } }, messages: true },
    });
    expect(ticket).toMatchObject({
      channel: 'open311',
      categoryId: services.light.id,
      departmentId: services.works.id,
      latitude: 50.8503123,
      longitude: 3.2632456,
      address: 'Kerkstraat 14, 8500 Kortrijk',
      attributes: { paalnummer: '12-345', soort_defect: 'knippert' },
      open311Token: null,
      subject: 'Defecte straatverlichting – Kerkstraat 14, 8500 Kortrijk',
    });
    expect(ticket.contact?.name).toBe('Marie Janssens');
    expect(ticket.contact?.identities.map((i) => i.value).sort()).toEqual([
      '+32470123456',
      'marie.janssens@example.be',
    ]);
    expect(ticket.messages).toHaveLength(1);
    expect(ticket.messages[0].bodyText).toBe('De lamp voor nummer 14 brandt al een week niet.');
    expect(ticket.messages[0].meta).toEqual({
      media_url: 'https://photos.example.org/lamp.jpg',
      device_id: 'device-abc-123',
      account_id: 'account-42',
      api_key_id: keyId,
      service_code: 'straatverlichting',
    });
    expect((await db().apiKey.findUniqueOrThrow({ where: { id: keyId } })).lastUsedAt).not.toBeNull();
  });

  test('XML: <service_requests><request> with the id, notice and an empty account_id, no token', async () => {
    const res = await post(
      'xml',
      lightForm({
        account_id: undefined,
        email: undefined,
        phone: undefined,
        first_name: undefined,
        last_name: undefined,
      }),
    );
    expect(res.status).toBe(200);
    const doc = parseXml(res) as { service_requests: { request: Record<string, string>[] } };
    expect(doc.service_requests.request).toHaveLength(1);
    const [r] = doc.service_requests.request;
    expect(Object.keys(r)).toEqual(['service_request_id', 'service_notice', 'account_id']);
    expect(r.service_request_id).toMatch(/^VD-\d{4}-\d{4}$/);
    expect(r.account_id).toBe('');
    const ticket = await db().ticket.findUniqueOrThrow({ where: { reference: r.service_request_id } });
    expect(ticket.open311Token).toBeNull();
    expect(ticket.contactId).toBeNull(); // an anonymous report
  });

  test('JSON bodies are accepted too, with an "attribute" object; api_key may come in the query string', async () => {
    const res = await request(app)
      .post(`/open311/v2/requests.json?api_key=${key}`)
      .send({
        service_code: 'sluikstort',
        lat: 50.8489,
        long: 3.2655,
        attribute: { soort_afval: ['huisvuil', 'grofvuil'], aantal_zakken: 5 },
      });
    expect(res.status).toBe(200);
    const ticket = await db().ticket.findUniqueOrThrow({
      where: { reference: res.body[0].service_request_id },
      include: { messages: true },
    });
    expect(ticket.attributes).toEqual({ soort_afval: ['huisvuil', 'grofvuil'], aantal_zakken: 5 });
    expect(ticket.subject).toBe('Sluikstort');
    expect(ticket.address).toBeNull();
    expect(ticket.messages[0].bodyText).toBe('(Melding via Open311, zonder beschrijving.)');
  });

  test('a multivaluelist as attribute[code][]=a&attribute[code][]=b; unknown and informational attributes are not stored', async () => {
    const body = new URLSearchParams([
      ['api_key', key],
      ['service_code', 'sluikstort'],
      ['address_string', 'Marktplein'],
      ['attribute[soort_afval][]', 'huisvuil'],
      ['attribute[soort_afval][]', 'grofvuil'],
      ['attribute[aantal_zakken]', '3'],
      ['attribute[uitleg]', 'iets'],
      ['attribute[bestaat_niet]', 'x'],
      ['description', 'Zakken\nen een matras.'],
    ]).toString();
    const res = await post('json', body);
    expect(res.status).toBe(200);
    const ticket = await db().ticket.findUniqueOrThrow({ where: { reference: res.body[0].service_request_id } });
    expect(ticket.attributes).toEqual({ soort_afval: ['huisvuil', 'grofvuil'], aantal_zakken: 3 });
    expect(ticket.subject).toBe('Sluikstort – Marktplein');
  });

  test('address_id alone is a location; empty fields count as not sent', async () => {
    const res = await post(
      'json',
      new URLSearchParams({
        api_key: key,
        service_code: 'wegdek',
        address_id: 'ADR-778',
        lat: '',
        long: '',
        email: '',
        jurisdiction_id: '',
      }).toString(),
    );
    expect(res.status).toBe(200);
    const ticket = await db().ticket.findUniqueOrThrow({
      where: { reference: res.body[0].service_request_id },
      include: { messages: true },
    });
    expect(ticket.latitude).toBeNull();
    expect(ticket.subject).toBe('Put in de weg (adres-id ADR-778)');
    expect(ticket.messages[0].meta).toMatchObject({ address_id: 'ADR-778' });
  });

  test('locale=en: the notice and the citizen’s language are English', async () => {
    const res = await post('json', lightForm({ locale: 'en', email: 'john@example.com' }));
    expect(res.status).toBe(200);
    expect(res.body[0].service_notice).toBe('Your report was received and passed on to Openbare Werken.');
    expect(
      (await db().ticket.findUniqueOrThrow({ where: { reference: res.body[0].service_request_id } })).language,
    ).toBe('en');
  });
});

describe('POST requests refuses bad input with the spec’s errors and creates nothing', () => {
  const LONG = 'x'.repeat(4001);
  test.each([
    ['no api_key', { api_key: undefined }, 403, /api_key was not provided/],
    ['an unknown api_key', { api_key: 'not-a-real-key' }, 403, /Invalid api_key/],
    [
      'another jurisdiction',
      { jurisdiction_id: 'elders.example' },
      404,
      /jurisdiction_id elders\.example was not found/,
    ],
    ['no service_code', { service_code: undefined }, 400, /service_code was not provided/],
    ['an unknown service_code', { service_code: 'bestaat-niet' }, 404, /service_code bestaat-niet was not found/],
    [
      'a category that is not reportable',
      { service_code: 'sociale-hulp' },
      404,
      /service_code sociale-hulp was not found/,
    ],
    ['an inactive category', { service_code: 'oud-wegdek' }, 404, /not found/],
    ['a category that is not public', { service_code: 'intern' }, 404, /not found/],
    ['no location', { lat: undefined, long: undefined, address_string: undefined }, 400, /location was not provided/],
    ['lat without long', { long: undefined, address_string: undefined }, 400, /lat and long must both be sent/],
    ['a latitude out of range', { lat: '95' }, 400, /lat must be a number between -90 and 90/],
    ['a longitude that is not a number', { long: 'oost' }, 400, /long must be a number between -180 and 180/],
    [
      'a missing required attribute',
      { 'attribute[paalnummer]': undefined },
      400,
      /attribute\[paalnummer\] is required/,
    ],
    [
      'a value not in a singlevaluelist',
      { 'attribute[soort_defect]': 'ontploft' },
      400,
      /attribute\[soort_defect\] must be one of: uit, knippert, overdag/,
    ],
    ['two values for a singlevaluelist', { 'attribute[soort_defect]': ['uit', 'knippert'] }, 400, /takes one value/],
    ['a line break in a string attribute', { 'attribute[paalnummer]': '12\n345' }, 400, /may not contain line breaks/],
    ['a malformed email', { email: 'marie@' }, 400, /email is not a valid email address/],
    ['a malformed phone', { phone: '12' }, 400, /phone is not a valid phone number/],
    ['a description over 4,000 characters', { description: LONG }, 400, /description is limited to 4,000 characters/],
    [
      'a media_url that is not http(s)',
      { media_url: 'javascript:alert(1)' },
      400,
      /media_url must be an http or https URL/,
    ],
    ['a field given twice', { email: ['a@example.be', 'b@example.be'] }, 400, /email was given more than once/],
  ])('%s', async (_what, over, status, message) => {
    const before = await db().ticket.count();
    expectErrors(await post('json', lightForm(over)), status, message);
    expect(await db().ticket.count()).toBe(before);
  });

  test('a bad number or list value in another service', async () => {
    const base = { api_key: key, service_code: 'sluikstort', address_string: 'Veldweg' };
    expectErrors(
      await post('json', new URLSearchParams({ ...base, 'attribute[aantal_zakken]': 'vijf' }).toString()),
      400,
      /attribute\[aantal_zakken\] must be a number/,
    );
    expectErrors(
      await post('json', new URLSearchParams({ ...base, 'attribute[soort_afval][]': 'kernafval' }).toString()),
      400,
      /attribute\[soort_afval\] values must each be one of: huisvuil, grofvuil/,
    );
  });

  test('a revoked key is refused', async () => {
    const made = await createApiKey('Oude app');
    expect((await post('json', lightForm({ api_key: made.key }))).status).toBe(200);
    await revokeApiKey(made.apiKey.id);
    expectErrors(await post('json', lightForm({ api_key: made.key })), 403, /Invalid api_key/);
    expectXmlErrors(await post('xml', lightForm({ api_key: made.key })), 403, /Invalid api_key/);
  });

  test('every problem is reported at once, each as its own error', async () => {
    const errors = expectErrors(
      await post(
        'json',
        lightForm({
          lat: undefined,
          long: undefined,
          address_string: undefined,
          email: 'nope',
          'attribute[paalnummer]': '',
        }),
      ),
      400,
    );
    expect(errors.map((e) => e.description)).toEqual([
      'A location was not provided: send lat and long, address_string or address_id.',
      'email is not a valid email address.',
      'attribute[paalnummer] is required (Paalnummer).',
    ]);
  });

  test('the XML error form', async () => {
    const errors = expectXmlErrors(await post('xml', lightForm({ api_key: undefined })), 403);
    expect(errors).toEqual([
      { code: '403', description: 'api_key was not provided: a key is required to submit a request.' },
    ]);
    expectXmlErrors(
      await post('xml', lightForm({ service_code: 'bestaat-niet' })),
      404,
      /service_code bestaat-niet was not found/,
    );
  });

  test('POST to another resource or without a format is a 404', async () => {
    expectErrors(await request(app).post('/open311/v2/services.json').type('form').send(lightForm()), 404);
    expectErrors(await request(app).post('/open311/v2/requests').type('form').send(lightForm()), 404, /Unknown format/);
    expectErrors(
      await request(app).post('/open311/v2/requests.csv').type('form').send(lightForm()),
      404,
      /Unknown format/,
    );
  });
});
