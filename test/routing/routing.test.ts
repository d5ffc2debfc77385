import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { intake } from '../../src/intake/intake';
import { forgetRoutingSet } from '../../src/routing/routingSet';
import { listUrl, loginAs, makeCategory, makeDepartment, makeUser, type Console } from '../support/factories';

const app = buildApp();
let admin: Console;
let milieu: string;
let werken: string;
let onthaal: string;

const CENTRUM = {
  type: 'Polygon',
  coordinates: [
    [
      [3.25, 50.84],
      [3.28, 50.84],
      [3.28, 50.86],
      [3.25, 50.86],
      [3.25, 50.84],
    ],
  ],
};

beforeAll(async () => {
  admin = await loginAs(app, await makeUser('admin'));
  milieu = (await makeDepartment('Milieu')).id;
  werken = (await makeDepartment('Openbare Werken')).id;
  onthaal = (await makeDepartment('Onthaal')).id;
});

beforeEach(async () => {
  await db().routingRule.deleteMany();
  forgetRoutingSet();
});

const form = (over: Record<string, unknown> = {}) =>
  request(app)
    .post('/api/public/tickets')
    .send({ name: 'Burger', email: 'burger@example.be', subject: 'Melding', message: 'Er is iets.', ...over })
    .expect(201)
    .then((r) => db().ticket.findUniqueOrThrow({ where: { reference: r.body.reference } }));

test('an administrator writes a rule; new tickets follow it and the timeline says which rule routed them', async () => {
  const zone = (
    await admin
      .post('/api/admin/zones', { name: 'Centrum', geometry: { type: 'Feature', properties: {}, geometry: CENTRUM } })
      .expect(201)
  ).body;
  const rule = await admin.post('/api/admin/routing-rules', {
    name: 'Sluikstort in het centrum',
    conditions: { words: ['sluikstort', 'afval'], zoneIds: [zone.id] },
    actions: { departmentId: milieu, priority: 'high', tags: ['centrum'], acknowledgement: 'report' },
  });
  expect(rule.status).toBe(201);

  const inside = await form({ subject: 'Sluikstort aan de kerk', latitude: 50.85, longitude: 3.26 });
  expect(inside).toMatchObject({
    departmentId: milieu,
    priority: 'high',
    tags: ['centrum'],
    routedByRuleId: rule.body.id,
  });
  const events = await admin.get(listUrl('ticket-events', { filter: { ticketId: inside.id } }));
  expect(events.body.find((e: { type: string }) => e.type === 'routed').data).toMatchObject({
    ruleName: 'Sluikstort in het centrum',
    departmentId: milieu,
  });
  const ack = await db().notification.findFirstOrThrow({ where: { ticketId: inside.id } });
  expect(ack.template).toBe('report_received');

  const outside = await form({ subject: 'Sluikstort aan de kerk', latitude: 50.9, longitude: 3.26 });
  expect(outside.routedByRuleId).toBeNull();
  const unrelated = await form({ subject: 'Vraag over belastingen', latitude: 50.85, longitude: 3.26 });
  expect(unrelated.departmentId).toBeNull();
});

test('the first matching rule decides, in the order the administrator set', async () => {
  const a = (
    await admin.post('/api/admin/routing-rules', {
      name: 'Politie',
      conditions: { senders: ['@politie.be'] },
      actions: { departmentId: onthaal, priority: 'urgent' },
    })
  ).body;
  const b = (
    await admin.post('/api/admin/routing-rules', {
      name: 'Wegen',
      conditions: { words: ['put'] },
      actions: { departmentId: werken },
    })
  ).body;
  const fromPolice = await form({ email: 'wijkagent@zone.politie.be', subject: 'Put in de weg' });
  expect(fromPolice.routedByRuleId).toBe(a.id);
  await admin.post('/api/admin/routing-rules/reorder', { ids: [b.id, a.id] }).expect(200);
  const again = await form({ email: 'wijkagent@zone.politie.be', subject: 'Put in de weg' });
  expect(again.routedByRuleId).toBe(b.id);
  expect(again.departmentId).toBe(werken);
  expect((await admin.edit(`/api/admin/routing-rules/${b.id}`, { active: false })).status).toBe(200);
  expect((await form({ email: 'wijkagent@zone.politie.be', subject: 'Put in de weg' })).routedByRuleId).toBe(a.id);
});

test('a channel, language, phone prefix and category rule each route only what they should', async () => {
  const category = await makeCategory(null, 'straatverlichting-test');
  await admin
    .post('/api/admin/routing-rules', {
      name: 'Engels',
      conditions: { languages: ['en'], channels: ['web'] },
      actions: { tags: ['english'] },
    })
    .expect(201);
  await admin
    .post('/api/admin/routing-rules', {
      name: 'Kortrijk',
      conditions: { phonePrefixes: ['+3256'] },
      actions: { tags: ['kortrijk'] },
    })
    .expect(201);
  await admin
    .post('/api/admin/routing-rules', {
      name: 'Lampen',
      conditions: { categoryIds: [category.id] },
      actions: { departmentId: werken },
    })
    .expect(201);
  expect((await form({ language: 'en' })).tags).toEqual(['english']);
  expect((await form({ email: undefined, phone: '056 12 34 56' })).tags).toEqual(['kortrijk']);
  expect((await form({ category: category.code })).departmentId).toBe(werken);
  expect((await form({})).routedByRuleId).toBeNull();
});

test('a department chosen by hand wins over the rules; a mailbox default only when nothing else decides', async () => {
  await admin
    .post('/api/admin/routing-rules', {
      name: 'Alles naar Milieu',
      conditions: { words: ['milieu'] },
      actions: { departmentId: milieu },
    })
    .expect(201);
  const byHand = await intake({
    channel: 'phone',
    contact: { phone: '+32470000001' },
    subject: 'Milieu vraag',
    body: 'x',
    departmentId: werken,
    acknowledge: false,
  });
  expect(byHand.ticket.departmentId).toBe(werken);
  const fallback = await intake({
    channel: 'email',
    contact: { email: 'x@example.be' },
    subject: 'Iets anders',
    body: 'x',
    defaultDepartmentId: onthaal,
    acknowledge: false,
  });
  expect(fallback.ticket.departmentId).toBe(onthaal);
  const ruled = await intake({
    channel: 'email',
    contact: { email: 'y@example.be' },
    subject: 'Milieu',
    body: 'x',
    defaultDepartmentId: onthaal,
    acknowledge: false,
  });
  expect(ruled.ticket.departmentId).toBe(milieu);
});

test('the dry run tests an unsaved rule against a sample text or an existing ticket, condition by condition', async () => {
  const saved = (
    await admin.post('/api/admin/routing-rules', {
      name: 'Wegen',
      conditions: { words: ['put'] },
      actions: { departmentId: werken },
    })
  ).body;
  const sample = await admin.post('/api/admin/routing-rules/dry-run', {
    conditions: { words: ['put'], channels: ['email'] },
    sample: { channel: 'web', subject: 'Diepe put in het fietspad', body: '' },
  });
  expect(sample.status).toBe(200);
  expect(sample.body.matched).toBe(false);
  expect(sample.body.checks.map((c: { condition: string; matched: boolean }) => [c.condition, c.matched])).toEqual([
    ['channels', false],
    ['words', true],
  ]);
  expect(sample.body.winner).toEqual({ ruleId: saved.id, ruleName: 'Wegen' });
  // each reason as a code with its values, and as a sentence in the administrator's language (Dutch here)
  expect(sample.body.checks[0]).toMatchObject({
    reason: { code: 'channel_not_in', channel: 'web', wanted: ['email'] },
    detail: 'Kanaal Webformulier is geen van: E-mail',
  });
  expect(sample.body.checks[1]).toMatchObject({
    reason: { code: 'words_found', words: ['put'] },
    detail: 'Onderwerp of tekst bevat "put"',
  });
  const ticket = await form({ subject: 'Kapotte bank' });
  const onTicket = await admin.post('/api/admin/routing-rules/dry-run', {
    conditions: { words: ['bank'] },
    ticketId: ticket.id,
  });
  expect(onTicket.body).toMatchObject({ matched: true, winner: null });
  expect((await admin.post('/api/admin/routing-rules/dry-run', { conditions: {} })).status).toBe(400);
});

test('the dry run explains in English to an administrator who reads English, naming categories in English', async () => {
  const category = await makeCategory(werken, 'wegen-en');
  await db().category.update({ where: { id: category.id }, data: { nameNl: 'Wegen', nameEn: 'Roads' } });
  const english = await loginAs(
    app,
    await db().user.update({ where: { id: (await makeUser('admin')).id }, data: { language: 'en' } }),
  );
  const res = await english.post('/api/admin/routing-rules/dry-run', {
    conditions: { channels: ['email', 'web'], categoryIds: [category.id] },
    sample: { channel: 'web', subject: 'Put', body: '', categoryId: category.id },
  });
  expect(res.status).toBe(200);
  expect(res.body.checks.map((c: { detail: string }) => c.detail)).toEqual([
    'Channel Web form is one of: Email, Web form',
    'Category Roads is in the list',
  ]);
});

test('rules and zones are validated with messages an administrator can act on', async () => {
  const bad = await admin.post('/api/admin/routing-rules', {
    name: 'Fout',
    conditions: { senders: ['politie.be'], phonePrefixes: ['056'] },
    actions: {},
  });
  expect(bad.status).toBe(400);
  expect(Object.keys(bad.body.errors)).toEqual(
    expect.arrayContaining(['conditions.senders.0', 'conditions.phonePrefixes.0', 'actions']),
  );
  const ghost = await admin.post('/api/admin/routing-rules', {
    name: 'Spook',
    conditions: {},
    actions: { departmentId: '00000000-0000-4000-8000-000000000000' },
  });
  expect(ghost.status).toBe(400);
  expect(ghost.body.errors['actions.departmentId']).toBe('No such department.');
  const open = await admin.post('/api/admin/zones', {
    name: 'Open ring',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [3.25, 50.84],
          [3.28, 50.84],
          [3.28, 50.86],
          [3.25, 50.86],
        ],
      ],
    },
  });
  expect(open.status).toBe(400);
  expect(JSON.stringify(open.body.errors)).toMatch(/not closed/);
  const agent = await loginAs(app, await makeUser('agent'));
  expect((await agent.post('/api/admin/routing-rules', { name: 'x', actions: { priority: 'high' } })).status).toBe(403);
  expect((await agent.get('/api/admin/routing-rules')).status).toBe(200);
});

test('a rule naming a category that has since been deleted still routes, without that category', async () => {
  const gone = await makeCategory(werken, 'verdwenen-categorie');
  await admin
    .post('/api/admin/routing-rules', {
      name: 'Oude categorie',
      conditions: { words: ['bankje'] },
      actions: { categoryId: gone.id, departmentId: werken },
    })
    .expect(201);
  await db().category.delete({ where: { id: gone.id } });
  forgetRoutingSet();
  const t = await form({ subject: 'Bankje stuk' });
  expect(t).toMatchObject({ departmentId: werken, categoryId: null });
});

test('a zone redrawn or deleted by an administrator routes the next report at once by its new shape', async () => {
  const zone = (await admin.post('/api/admin/zones', { name: 'Markt', geometry: CENTRUM }).expect(201)).body;
  await admin
    .post('/api/admin/routing-rules', {
      name: 'Markt',
      conditions: { zoneIds: [zone.id] },
      actions: { departmentId: werken },
    })
    .expect(201);
  expect((await form({ latitude: 50.85, longitude: 3.26 })).departmentId).toBe(werken);

  const elsewhere = {
    type: 'Polygon',
    coordinates: [
      [
        [4.0, 51.0],
        [4.1, 51.0],
        [4.1, 51.1],
        [4.0, 51.1],
        [4.0, 51.0],
      ],
    ],
  };
  const moved = await admin.put(`/api/admin/zones/${zone.id}`, { geometry: elsewhere }).expect(200);
  expect(moved.body).toMatchObject({ name: 'Markt', geometry: elsewhere });
  expect((await form({ latitude: 50.85, longitude: 3.26 })).departmentId).toBeNull();

  await admin.delete(`/api/admin/zones/${zone.id}`).expect(200);
  expect((await admin.get(`/api/admin/zones/${zone.id}`)).status).toBe(404);
  expect((await admin.put(`/api/admin/zones/${zone.id}`, { name: 'Weg' })).status).toBe(404);
});
