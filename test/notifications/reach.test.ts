import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { intake } from '../../src/intake/intake';
import { decideReach, type MessageKind } from '../../src/notifications/reach';
import { loginAs, makeDepartment, makeTicket, makeUser, type Console } from '../support/factories';

// Whatever the town writes (acknowledgement, answer, status update, appointment message), the same rules decide
// whether and where it goes: an address that bounced and a number that sent STOP are never used again.
const app = buildApp();
let agent: Console;
let dept: string;

beforeAll(async () => {
  dept = (await makeDepartment('Burgerzaken')).id;
  agent = await loginAs(app, await makeUser('agent'));
});

async function citizen(email: string, phone: string, state: { bounced?: boolean; stopped?: boolean }) {
  const contact = await db().contact.create({ data: { name: 'Marie Janssens' } });
  await db().contactIdentity.createMany({
    data: [
      {
        contactId: contact.id,
        kind: 'email',
        value: email,
        bouncedAt: state.bounced ? new Date() : null,
        bounceReason: state.bounced ? '550 User unknown' : null,
      },
      { contactId: contact.id, kind: 'phone', value: phone, smsOptedOutAt: state.stopped ? new Date() : null },
    ],
  });
  return contact;
}

test("the acknowledgement goes by text message when the citizen's email address bounces", async () => {
  await citizen('weg@example.be', '+32470112233', { bounced: true });
  const { ticket } = await intake({
    channel: 'web',
    contact: { email: 'weg@example.be', phone: '+32470112233' },
    subject: 'Put in de straat',
    body: 'Er zit een put.',
    departmentId: dept,
  });
  const rows = await db().notification.findMany({ where: { ticketId: ticket.id } });
  expect(rows.map((r) => [r.channel, r.recipient, r.template])).toEqual([
    ['sms', '+32470112233', 'ticket_received_sms'],
  ]);
});

test('an answer by email to a citizen whose address bounces is refused with the reason; without a choice it goes to their mobile number', async () => {
  await citizen('onbestelbaar@example.be', '+32470223344', { bounced: true });
  const t = await makeTicket({ email: 'onbestelbaar@example.be', departmentId: dept });
  const byMail = await agent.post(`/api/admin/tickets/${t.id}/reply`, { body: 'Uw vraag is behandeld.', via: 'email' });
  expect(byMail.status).toBe(400);
  expect(byMail.body.message).toMatch(/bounces/);
  // without a choice the answer takes the number that still works
  const preview = await agent
    .post(`/api/admin/tickets/${t.id}/reply-preview`, { body: 'Uw vraag is behandeld.' })
    .expect(200);
  expect(preview.body).toMatchObject({ channel: 'sms', recipient: '+32470223344' });
});

test('no kind of message reaches an address that bounced or a number that sent STOP', async () => {
  const who = {
    emails: ['weg2@example.be'],
    phones: ['+32470334455'],
    language: 'nl' as const,
    origin: 'web' as const,
  };
  await citizen(who.emails[0], who.phones[0], { bounced: true, stopped: true });
  const kinds: MessageKind[] = ['acknowledgement', 'answer', 'status_update', 'appointment'];
  for (const kind of kinds) {
    expect(await decideReach(db(), kind, who)).toMatchObject({ reachable: false, reason: 'bounced' });
    expect(await decideReach(db(), kind, who, 'sms')).toMatchObject({ reachable: false });
  }
});

test('an appointment message goes both ways, a status update only the preferred way', async () => {
  const who = {
    emails: ['beide@example.be'],
    phones: ['+32470445566'],
    language: 'en' as const,
    origin: 'phone' as const,
  };
  await citizen(who.emails[0], who.phones[0], {});
  expect(await decideReach(db(), 'appointment', who)).toEqual({
    reachable: true,
    routes: [
      { channel: 'email', recipient: 'beide@example.be', language: 'en' },
      { channel: 'sms', recipient: '+32470445566', language: 'en' },
    ],
  });
  // a caller hears by text message, unless they said they prefer email
  expect(await decideReach(db(), 'status_update', who)).toMatchObject({ routes: [{ channel: 'sms' }] });
  expect(await decideReach(db(), 'status_update', { ...who, preferred: 'email' })).toMatchObject({
    routes: [{ channel: 'email' }],
  });
  expect(await decideReach(db(), 'status_update', { ...who, statusUpdatesOff: true })).toMatchObject({
    reachable: false,
    reason: 'status_updates_off',
  });
});
