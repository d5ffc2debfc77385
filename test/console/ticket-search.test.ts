import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { COUNT_CAP } from '../../src/http/list';
import { anonymiseTicket } from '../../src/privacy/anonymise';
import { listUrl, loginAs, makeTicket, makeUser, type Console } from '../support/factories';

// The search document behind the console's search box is written by the database (ticket_search migration):
// whatever way a ticket, its messages or its citizen change, an agent finds it by what it says now.
const app = buildApp();
let agent: Console;

beforeAll(async () => {
  const user = await makeUser('agent', [], 'Sofie Peeters');
  agent = await loginAs(app, user);
});

const found = async (q: string) => {
  const res = await agent.get(listUrl('tickets', { filter: { q } })).expect(200);
  return (res.body as { id: string }[]).map((t) => t.id);
};

test('a ticket is found by a word of a message added later, by a reply and by an internal note', async () => {
  const t = await makeTicket({
    subject: 'Vraag',
    body: 'Mijn container is niet geledigd',
    name: 'Anna Wuyts',
    email: 'anna@example.be',
  });
  expect(await found('geledigd')).toEqual([t.id]);
  expect(await found('Tuinafval')).toEqual([]);
  await agent
    .post(`/api/admin/tickets/${t.id}/reply`, { body: 'De ophaling van het tuinafval komt morgen langs.' })
    .expect(201);
  await agent.post(`/api/admin/tickets/${t.id}/notes`, { body: 'Ploeg Noord verwittigd' }).expect(201);
  expect(await found('tuinafval')).toEqual([t.id]);
  expect(await found('ploeg noord')).toEqual([t.id]);
});

test('by the citizen’s name and address as they are now, and by any piece of the reference', async () => {
  const t = await makeTicket({ subject: 'Parkeerkaart', name: 'Bram Coppens', email: 'bram.c@example.be' });
  expect(await found('coppens')).toEqual([t.id]);
  expect(await found('bram.c@')).toEqual([t.id]);
  const [, first, second] = t.reference.split('-');
  expect(await found(first)).toContain(t.id);
  expect(await found(`${first}-${second.slice(0, 2)}`)).toEqual([t.id]);

  await db().contact.update({ where: { id: t.contactId! }, data: { name: 'Bram Van Damme' } });
  expect(await found('Coppens')).not.toContain(t.id);
  expect(await found('van damme')).toEqual([t.id]);
  await db().contactIdentity.create({ data: { contactId: t.contactId!, kind: 'email', value: 'bvd@werk.example' } });
  expect(await found('werk.example')).toEqual([t.id]);
});

test('an anonymised ticket is no longer found by what it said or who said it', async () => {
  const t = await makeTicket({
    subject: 'Burenruzie',
    body: 'Mijn buurman Gerrit speelt elke nacht drums',
    name: 'Lieve Hendrickx',
    email: 'lieve@example.be',
  });
  expect(await found('drums')).toEqual([t.id]);
  await anonymiseTicket(t.id);
  expect(await found('drums')).toEqual([]);
  expect(await found('Hendrickx')).toEqual([]);
  expect(await found('Burenruzie')).toEqual([]);
});

test('a list with more matches than the count cap pages on without a total', async () => {
  // written without the search triggers (replica role) to keep the test quick: this is about counting
  await db().$transaction([
    db().$executeRaw`SET LOCAL session_replication_role = replica`,
    db().$executeRaw`
      INSERT INTO ticket (id, reference, subject, channel, priority, created_at, updated_at)
      SELECT gen_random_uuid(), 'VD-CAP-' || n, 'Massamelding stormschade', 'web', 'low', now() - n * interval '1 second', now()
      FROM generate_series(1, ${COUNT_CAP + 5}::int) n`,
  ]);
  const first = await agent.get(listUrl('tickets', { filter: { priority: 'low' }, range: [0, 24] })).expect(200);
  expect(first.headers['content-range']).toBe('tickets 0-24/*');
  expect(first.body).toHaveLength(25);
  const later = await agent.get(listUrl('tickets', { filter: { priority: 'low' }, range: [25, 49] })).expect(200);
  expect(later.headers['content-range']).toBe('tickets 25-49/*');
  expect(later.body[0].subject).toBe('Massamelding stormschade');
  expect(later.body.map((t: { id: string }) => t.id)).not.toContain(first.body[24].id);
  // under the cap the total is exact
  const few = await agent.get(listUrl('tickets', { filter: { priority: 'normal' } })).expect(200);
  expect(few.headers['content-range']).toMatch(/\/\d+$/);
}, 60000);

test('the bulk rebuild (migration) writes the same documents as the triggers', async () => {
  await makeTicket({
    subject: 'Herbouw',
    body: 'Eerste bericht',
    name: 'Wout Peeters',
    email: 'wout@example.be',
    phone: '+32470999111',
  });
  await db().$executeRaw`DELETE FROM ticket_search`;
  await db().$executeRaw`SELECT ticket_search_rebuild()`;
  const [{ tickets, documents, different }] = await db().$queryRaw<
    { tickets: number; documents: number; different: number }[]
  >`
    SELECT (SELECT count(*)::int FROM ticket) AS tickets, (SELECT count(*)::int FROM ticket_search) AS documents,
           (SELECT count(*)::int FROM ticket_search WHERE doc IS DISTINCT FROM ticket_search_doc(ticket_id)) AS different`;
  expect(documents).toBe(tickets);
  expect(different).toBe(0);
  expect(await found('wout@example')).toHaveLength(1);
});

test('case and accents are as typed, and % or _ in a word are those characters, not wildcards', async () => {
  const t = await makeTicket({
    subject: 'Korting van 100% gevraagd',
    body: 'Graag een reactie op de ÉÉN vraag',
    name: 'Jef Maes',
    email: 'jef_maes@example.be',
  });
  const other = await makeTicket({
    subject: 'Korting van 1000 euro',
    body: 'Vraag',
    name: 'Jefke Maesx',
    email: 'jefxmaes@example.be',
  });
  expect(await found('KORTING')).toEqual(expect.arrayContaining([t.id, other.id]));
  expect(await found('één')).toEqual([t.id]);
  expect(await found('100%')).toEqual([t.id]);
  expect(await found('jef_maes')).toEqual([t.id]);
  expect(await found('%')).toEqual([t.id]);
});

test('a search with more matches than a page says there is a next page without counting them', async () => {
  for (let i = 0; i < 3; i++)
    await makeTicket({ subject: `Zwerfvuil aan de vijver ${i}`, name: 'Nand Cools', email: `nand${i}@example.be` });
  const first = await agent.get(listUrl('tickets', { filter: { q: 'vijver' }, range: [0, 1] })).expect(200);
  expect(first.body).toHaveLength(2);
  expect(first.headers['content-range']).toBe('tickets 0-1/*');
  const last = await agent.get(listUrl('tickets', { filter: { q: 'vijver' }, range: [2, 3] })).expect(200);
  expect(last.body).toHaveLength(1);
  expect(last.headers['content-range']).toBe('tickets 2-2/3');
});
