import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import {
  listUrl,
  loginAs,
  makeCategory,
  makeDepartment,
  makeTicket,
  makeUser,
  type Console,
} from '../support/factories';
import { startMailbox, type Mailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';

const app = buildApp();
let agent: Console;
let agentUser: { id: string; name: string };
let colleague: { id: string };
let burgerzaken: string;
let werken: string;
let mailbox: Mailbox;

beforeAll(async () => {
  mailbox = await startMailbox();
  const worker = startOutboxWorker();
  onTeardown(() => mailbox.close());
  onTeardown(() => worker.close());
  burgerzaken = (await makeDepartment('Burgerzaken')).id;
  werken = (await makeDepartment('Openbare Werken')).id;
  agentUser = await makeUser('agent', [], 'Sofie Peeters');
  colleague = await makeUser('agent', [], 'Jan Claes');
  agent = await loginAs(app, await db().user.findUniqueOrThrow({ where: { id: agentUser.id } }));
});

describe('the ticket list', () => {
  beforeAll(async () => {
    await makeTicket({
      subject: 'Straatlamp kapot in de Kerkstraat',
      departmentId: werken,
      name: 'Marie Janssens',
      email: 'marie@example.be',
      phone: '+32470111111',
    });
    await makeTicket({
      subject: 'Identiteitskaart verlengen',
      body: 'Mijn kaart vervalt in december',
      departmentId: burgerzaken,
      name: 'Luc Vermeulen',
      email: 'luc@example.be',
    });
    await makeTicket({
      subject: 'Vraag',
      body: 'Wanneer wordt het PMD opgehaald?',
      name: 'Koen De Smet',
      email: 'koen@example.be',
      channel: 'phone',
    });
  });

  test('shows every ticket with a Content-Range total, sorted and paginated', async () => {
    const page1 = await agent.get(listUrl('tickets', { sort: ['subject', 'ASC'], range: [0, 1] })).expect(200);
    expect(page1.headers['content-range']).toBe('tickets 0-1/3');
    expect(page1.body.map((t: { subject: string }) => t.subject)).toEqual([
      'Identiteitskaart verlengen',
      'Straatlamp kapot in de Kerkstraat',
    ]);
    const page2 = await agent.get(listUrl('tickets', { sort: ['subject', 'ASC'], range: [2, 3] })).expect(200);
    expect(page2.headers['content-range']).toBe('tickets 2-2/3');
    expect(page2.body[0]).toMatchObject({ subject: 'Vraag', channel: 'phone', contactName: 'Koen De Smet' });
    expect(page2.body[0].reference).toMatch(/^VD-\d{4}-\d{4}$/);
  });

  test.each([
    ['subject words', 'straatlamp kerkstraat', 'Straatlamp kapot in de Kerkstraat'],
    ['message text', 'PMD', 'Vraag'],
    ['citizen name', 'vermeulen', 'Identiteitskaart verlengen'],
    ['citizen email', 'luc@example', 'Identiteitskaart verlengen'],
    ['citizen phone as people type it', '0470 11 11 11', 'Straatlamp kapot in de Kerkstraat'],
  ])('full-text search finds by %s', async (_what, q, subject) => {
    const res = await agent.get(listUrl('tickets', { filter: { q } })).expect(200);
    expect(res.body.map((t: { subject: string }) => t.subject)).toEqual([subject]);
  });

  test('search by reference, also typed without dashes', async () => {
    const t = await db().ticket.findFirstOrThrow({ where: { subject: 'Vraag' } });
    const res = await agent
      .get(listUrl('tickets', { filter: { q: t.reference.replace(/-/g, ' ').replace('VD ', '') } }))
      .expect(200);
    expect(res.body.map((x: { id: string }) => x.id)).toEqual([t.id]);
  });

  test('filters by status, channel, department, assignee and date', async () => {
    const phone = await agent.get(listUrl('tickets', { filter: { channel: 'phone' } })).expect(200);
    expect(phone.body).toHaveLength(1);
    const dept = await agent.get(listUrl('tickets', { filter: { departmentId: burgerzaken } })).expect(200);
    expect(dept.body.map((t: { subject: string }) => t.subject)).toEqual(['Identiteitskaart verlengen']);
    const unassigned = await agent
      .get(listUrl('tickets', { filter: { assigneeId: null, status: ['new', 'open'] } }))
      .expect(200);
    expect(unassigned.body).toHaveLength(3);
    const future = await agent.get(listUrl('tickets', { filter: { createdAt_gte: '2099-01-01' } })).expect(200);
    expect(future.body).toHaveLength(0);
  });

  test('an unknown filter or sort field is a 400 that says which', async () => {
    const res = await agent.get(listUrl('tickets', { filter: { colour: 'red' } }));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('Unknown filter colour');
    const sort = await agent.get(listUrl('tickets', { sort: ['passwordHash', 'ASC'] }));
    expect(sort.status).toBe(400);
    const bad = await agent.get('/api/admin/tickets?filter={oops');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.filter).toMatch(/Must be JSON/);
  });

  test('a ticket id that is not a UUID is a 400, an unknown one a 404', async () => {
    expect((await agent.get('/api/admin/tickets/123')).status).toBe(400);
    expect((await agent.get('/api/admin/tickets/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('working a ticket', () => {
  test('the agent replies: the citizen gets the answer by email, and it shows in the conversation and timeline', async () => {
    const t = await makeTicket({ subject: 'Kids-ID voor reis', email: 'ouder@example.be', name: 'Eva Hermans' });
    const res = await agent.post(`/api/admin/tickets/${t.id}/reply`, {
      body: 'U kunt een Kids-ID aanvragen aan het loket; breng een pasfoto mee.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ direction: 'outbound', channel: 'email', authorName: 'Sofie Peeters' });

    const mails = await mailbox.waitFor(1);
    const mail = mails.find((m) => m.subject?.includes(t.reference))!;
    expect(mail.subject).toBe(`[${t.reference}] Re: Kids-ID voor reis`);
    // the text as written, nothing wrapped around it but the tracking link and the reference
    expect(mail.text).toMatch(
      /^U kunt een Kids-ID aanvragen aan het loket; breng een pasfoto mee\.\n\nVolg uw dossier: http/,
    );

    const conversation = await agent
      .get(listUrl('messages', { filter: { ticketId: t.id }, sort: ['createdAt', 'ASC'] }))
      .expect(200);
    expect(conversation.body.map((m: { direction: string }) => m.direction)).toEqual(['inbound', 'outbound']);
    const timeline = await agent.get(listUrl('ticket-events', { filter: { ticketId: t.id } })).expect(200);
    expect(timeline.body.map((e: { type: string }) => e.type)).toEqual(['created', 'replied', 'status_changed']);
    const after = await agent.get(`/api/admin/tickets/${t.id}`).expect(200);
    expect(after.body.status).toBe('open');
    expect(after.body.firstResponseAt).not.toBeNull();
    const sent = await db().notification.findFirstOrThrow({ where: { ticketId: t.id, template: 'agent_reply' } });
    expect(sent.status).toBe('sent');
  });

  test('events written in the same millisecond stay in the order they happened, either way the timeline is sorted', async () => {
    const t = await makeTicket({ subject: 'Zelfde moment' });
    const at = new Date(Date.now() + 60_000); // after the ticket's own 'created'
    const types = ['replied', 'status_changed', 'priority_changed', 'assigned', 'category_changed'];
    for (const type of types) await db().ticketEvent.create({ data: { ticketId: t.id, type, createdAt: at } });
    const shown = async (sort: 'ASC' | 'DESC') =>
      (
        await agent.get(listUrl('ticket-events', { filter: { ticketId: t.id }, sort: ['createdAt', sort] })).expect(200)
      ).body.map((e: { type: string }) => e.type);
    expect(await shown('ASC')).toEqual(['created', ...types]);
    expect(await shown('DESC')).toEqual([...types].reverse().concat('created'));
  });

  test('internal notes are on the conversation but never emailed', async () => {
    const t = await makeTicket({ subject: 'Nota-test' });
    const res = await agent.post(`/api/admin/tickets/${t.id}/notes`, { body: 'Burger belde ook al vorige week.' });
    expect(res.status).toBe(201);
    expect(res.body.direction).toBe('note');
    expect(await db().notification.count({ where: { ticketId: t.id } })).toBe(0);
    const events = await agent.get(listUrl('ticket-events', { filter: { ticketId: t.id } }));
    expect(events.body.map((e: { type: string }) => e.type)).toContain('note_added');
  });

  test('changing status, priority, category, department and assignee is each recorded with who did it', async () => {
    const t = await makeTicket({ subject: 'Verkeerd gerouteerd' });
    const category = await makeCategory(werken);
    const res = await agent.edit(`/api/admin/tickets/${t.id}`, {
      status: 'resolved',
      priority: 'high',
      categoryId: category.id,
      departmentId: werken,
      assigneeId: colleague.id,
      reason: 'Gaat over de openbare weg',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'resolved',
      priority: 'high',
      categoryId: category.id,
      departmentId: werken,
      assigneeId: colleague.id,
    });
    expect(res.body.resolvedAt).not.toBeNull();
    const events = (await agent.get(listUrl('ticket-events', { filter: { ticketId: t.id } }))).body as {
      type: string;
      actorName: string;
      data: Record<string, unknown>;
    }[];
    const changes = events.filter((e) => e.type !== 'created');
    expect(changes.map((e) => e.type).sort()).toEqual([
      'assigned',
      'category_changed',
      'department_changed',
      'priority_changed',
      'status_changed',
    ]);
    expect(changes.every((e) => e.actorName === 'Sofie Peeters')).toBe(true);
    expect(changes.find((e) => e.type === 'department_changed')!.data).toEqual({
      from: null,
      to: werken,
      reason: 'Gaat over de openbare weg',
    });
    // sending the same values again changes nothing and records nothing
    expect((await agent.edit(`/api/admin/tickets/${t.id}`, { status: 'resolved', priority: 'high' })).status).toBe(200);
    expect((await agent.get(listUrl('ticket-events', { filter: { ticketId: t.id } }))).body).toHaveLength(
      events.length,
    );
  });

  test('a change to a value that does not exist is a 400 naming the field', async () => {
    const t = await makeTicket();
    const res = await agent.edit(`/api/admin/tickets/${t.id}`, {
      assigneeId: '00000000-0000-4000-8000-000000000000',
      status: 'done',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.status).toBeDefined();
  });

  test('merging a duplicate moves its messages, attachments and contact to the survivor and points to it', async () => {
    const survivor = await makeTicket({ subject: 'Lamp stuk', email: undefined, phone: '+32470999999' });
    await db().ticket.update({ where: { id: survivor.id }, data: { contactId: null } });
    const duplicate = await makeTicket({
      subject: 'Lamp nog altijd stuk',
      email: 'dubbel@example.be',
      name: 'Dubbele Melder',
    });
    const res = await agent.post(`/api/admin/tickets/${duplicate.id}/merge`, { targetId: survivor.id });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(survivor.id);
    expect(res.body.contactId).toBe(duplicate.contactId);
    const merged = await agent.get(`/api/admin/tickets/${duplicate.id}`).expect(200);
    expect(merged.body).toMatchObject({ mergedIntoId: survivor.id, status: 'closed' });
    const messages = await agent.get(listUrl('messages', { filter: { ticketId: survivor.id } }));
    expect(messages.body.map((m: { bodyText: string }) => m.bodyText)).toHaveLength(2);
    const events = await agent.get(listUrl('ticket-events', { filter: { ticketId: survivor.id } }));
    expect(events.body.find((e: { type: string }) => e.type === 'merged').data.sourceReference).toBe(
      duplicate.reference,
    );
    // a merged ticket cannot be merged again, nor answered
    expect((await agent.post(`/api/admin/tickets/${duplicate.id}/merge`, { targetId: survivor.id })).status).toBe(409);
    expect((await agent.post(`/api/admin/tickets/${duplicate.id}/reply`, { body: 'hallo' })).status).toBe(409);
    expect((await agent.post(`/api/admin/tickets/${survivor.id}/merge`, { targetId: survivor.id })).status).toBe(400);
  });

  test('replying to a citizen with neither email address nor mobile number is refused with what to do instead', async () => {
    // a landline: it cannot receive a text message
    const t = await makeTicket({ email: undefined, phone: '+3250123456' });
    const res = await agent.post(`/api/admin/tickets/${t.id}/reply`, { body: 'Antwoord' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/no email address: call them back, text them/);
    const bySms = await agent.post(`/api/admin/tickets/${t.id}/reply`, { body: 'Antwoord', via: 'sms' });
    expect(bySms.status).toBe(400);
    expect(bySms.body.message).toMatch(/no mobile number/);
    expect(await db().message.count({ where: { ticketId: t.id, direction: 'outbound' } })).toBe(0);
  });

  test('an agent records a phone call as a ticket, with the caller as contact', async () => {
    const res = await agent.post('/api/admin/tickets', {
      subject: 'Vraag naar openingsuren',
      body: 'Burger vraagt of het gemeentehuis open is op 11 november.',
      channel: 'phone',
      departmentId: burgerzaken,
      contact: { name: 'Wim Van Damme', phone: '0499 87 65 43' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      channel: 'phone',
      departmentId: burgerzaken,
      contactName: 'Wim Van Damme',
      status: 'new',
    });
    const events = await agent.get(listUrl('ticket-events', { filter: { ticketId: res.body.id } }));
    expect(events.body[0]).toMatchObject({ type: 'created', actorName: 'Sofie Peeters' });
  });
});

describe('the contact page', () => {
  test("lists all of a citizen's tickets across channels", async () => {
    const a = await makeTicket({
      email: 'vaste.klant@example.be',
      phone: '+32470555555',
      channel: 'web',
      subject: 'Eerste vraag',
    });
    await makeTicket({ email: undefined, phone: '+32470555555', channel: 'phone', subject: 'Tweede vraag' });
    const contact = await agent.get(`/api/admin/contacts/${a.contactId}`).expect(200);
    expect(contact.body).toMatchObject({
      emails: ['vaste.klant@example.be'],
      phones: ['+32470555555'],
      ticketCount: 2,
    });
    const tickets = await agent
      .get(listUrl('tickets', { filter: { contactId: a.contactId }, sort: ['createdAt', 'ASC'] }))
      .expect(200);
    expect(tickets.body.map((t: { channel: string }) => t.channel)).toEqual(['web', 'phone']);
    const found = await agent.get(listUrl('contacts', { filter: { q: '0470 55 55 55' } })).expect(200);
    expect(found.body.map((c: { id: string }) => c.id)).toEqual([a.contactId]);
  });

  test('an address of another contact cannot be taken over silently', async () => {
    const a = await makeTicket({ email: 'een@example.be' });
    const b = await makeTicket({ email: 'twee@example.be' });
    const res = await agent.edit(`/api/admin/contacts/${b.contactId}`, { emails: ['een@example.be'] });
    expect(res.status).toBe(409);
    expect(res.body.errors.emails).toMatch(/belongs to another contact/);
    expect((await agent.get(`/api/admin/contacts/${a.contactId}`)).body.emails).toEqual(['een@example.be']);
  });
});
