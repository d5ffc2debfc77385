// A new ticket is written in one statement after one read (src/intake/intake.ts), with categories, SLA policies,
// routing rules and calendars kept in memory. What an office changes elsewhere (another api process, a script, the
// database by hand) must reach the very next ticket, and citizens arriving at the same moment must stay one citizen.
import { Client } from 'pg';
import { db } from '../../src/db';
import { intake } from '../../src/intake/intake';
import { makeCategory, makeDepartment } from '../support/factories';

// another process's connection: its changes go nowhere near this process's caches
const other = new Client({ connectionString: process.env.DATABASE_URL });
// the test database is dropped at the end, taking this connection with it
other.on('error', () => undefined);
beforeAll(() => other.connect());
afterAll(() => other.end());

const report = (email: string, categoryId?: string) =>
  intake({ channel: 'web', contact: { email, name: 'Lien' }, subject: 'Put in de weg', body: 'Diep.', categoryId });

test('a category moved or switched off elsewhere is seen by the next ticket', async () => {
  const roads = await makeDepartment('Wegen');
  const green = await makeDepartment('Groen');
  const category = await makeCategory(roads.id);
  expect((await report('a@example.be', category.id)).ticket.departmentId).toBe(roads.id);

  await other.query('UPDATE category SET department_id = $1 WHERE id = $2', [green.id, category.id]);
  expect((await report('b@example.be', category.id)).ticket.departmentId).toBe(green.id);

  await other.query('UPDATE category SET active = false WHERE id = $1', [category.id]);
  await expect(report('c@example.be', category.id)).rejects.toThrow('Unknown category');
  expect(await db().ticket.count({ where: { contact: { identities: { some: { value: 'c@example.be' } } } } })).toBe(0);
});

test('an SLA policy added elsewhere sets the next ticket’s deadlines', async () => {
  const first = await report('d@example.be');
  expect(first.ticket.dueAt).toBeNull();
  await other.query(
    `INSERT INTO sla_policy (id, first_response_minutes, resolution_minutes, updated_at) VALUES (gen_random_uuid(), 60, 600, now())`,
  );
  const second = await report('e@example.be');
  expect(second.ticket.dueAt).toBeInstanceOf(Date);
  expect(second.ticket.firstResponseDueAt!.getTime()).toBeGreaterThan(second.ticket.createdAt.getTime());
});

test('one new citizen sending five forms at once is one contact with five tickets, each acknowledged once', async () => {
  const results = await Promise.all(
    Array.from({ length: 5 }, (_, i) =>
      intake({
        channel: 'web',
        externalId: `burst-${i}`,
        contact: { email: 'nieuw@example.be', phone: '+32470123456', name: 'Nieuwe Burger' },
        subject: `Melding ${i}`,
        body: 'Tegelijk verstuurd.',
      }),
    ),
  );
  expect(new Set(results.map((r) => r.ticket.contactId)).size).toBe(1);
  expect(results.every((r) => r.created)).toBe(true);
  const identities = await db().contactIdentity.findMany({ where: { contactId: results[0].ticket.contactId! } });
  expect(identities.map((i) => i.kind).sort()).toEqual(['email', 'phone']);
  expect(await db().notification.count({ where: { recipient: 'nieuw@example.be', template: 'ticket_received' } })).toBe(
    5,
  );
  // the ticket as the caller gets it is the row as stored
  const stored = await db().ticket.findUniqueOrThrow({ where: { id: results[0].ticket.id } });
  expect(results[0].ticket).toEqual(stored);
});

test('a write that fails halfway leaves nothing behind', async () => {
  const before = await db().contact.count();
  await expect(
    intake({
      channel: 'web',
      contact: { email: 'half@example.be' },
      subject: 'Half',
      body: 'x',
      // a document request for a document type that does not exist: the last row of the statement fails
      alsoInsert: (ticketId) => [
        {
          table: 'document_request',
          rows: [{ ticket_id: ticketId, document_type_id: '00000000-0000-4000-8000-000000000000', delivery: 'email' }],
        },
      ],
    }),
  ).rejects.toThrow();
  expect(await db().contact.count()).toBe(before);
  expect(await db().ticket.count({ where: { subject: 'Half' } })).toBe(0);
  expect(await db().notification.count({ where: { recipient: 'half@example.be' } })).toBe(0);
});

test('the acknowledgement avoids what the read found: a bounced address is told by text, a number that sent STOP not at all', async () => {
  const first = await intake({
    channel: 'web',
    contact: { email: 'kapot@example.be', phone: '+32470999888' },
    subject: 'Eerste',
    body: 'x',
  });
  await db().contactIdentity.updateMany({ where: { value: 'kapot@example.be' }, data: { bouncedAt: new Date() } });
  const second = await intake({
    channel: 'web',
    contact: { email: 'kapot@example.be', phone: '+32470999888' },
    subject: 'Tweede',
    body: 'x',
  });
  const told = (ticketId: string) =>
    db().notification.findMany({ where: { ticketId }, select: { channel: true, recipient: true } });
  expect(await told(first.ticket.id)).toEqual([{ channel: 'email', recipient: 'kapot@example.be' }]);
  expect(await told(second.ticket.id)).toEqual([{ channel: 'sms', recipient: '+32470999888' }]);

  await db().contactIdentity.updateMany({ where: { value: '+32470999888' }, data: { smsOptedOutAt: new Date() } });
  const third = await intake({
    channel: 'web',
    contact: { email: 'kapot@example.be', phone: '+32470999888' },
    subject: 'Derde',
    body: 'x',
  });
  expect(await told(third.ticket.id)).toEqual([]);
});
