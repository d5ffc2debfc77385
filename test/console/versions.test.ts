import '../notifications/shortStatusDelay';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { checkSlas } from '../../src/routing/slaJobs';
import { at, counters } from '../appointments/world';
import { loginAs, makeDepartment, makeTicket, makeUser, type Console } from '../support/factories';
import { startMailbox, type Mailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';

const app = buildApp();
let jan: Console;
let sofie: Console;
let admin: Console;
let admin2: Console;
let mailbox: Mailbox;
let werken: string;
let burgerzaken: string;

beforeAll(async () => {
  mailbox = await startMailbox();
  const worker = startOutboxWorker();
  onTeardown(() => Promise.all([mailbox.close(), worker.close()]));
  werken = (await makeDepartment('Openbare Werken')).id;
  burgerzaken = (await makeDepartment('Burgerzaken')).id;
  jan = await loginAs(app, await makeUser('agent', [], 'Jan Claes'));
  sofie = await loginAs(app, await makeUser('agent', [], 'Sofie Peeters'));
  admin = await loginAs(app, await makeUser('admin', [], 'An Admin'));
  admin2 = await loginAs(app, await makeUser('admin', [], 'Bert Beheer'));
});

describe('a ticket saved from a stale screen', () => {
  test('is refused with a 409 naming who changed what and when, and changes nothing', async () => {
    const t = await makeTicket({ departmentId: werken });
    const seen = (await sofie.get(`/api/admin/tickets/${t.id}`).expect(200)).body;
    expect(seen.version).toEqual(expect.any(Number));
    const janSaves = await jan.put(`/api/admin/tickets/${t.id}`, { status: 'pending_citizen', version: seen.version });
    expect(janSaves.status).toBe(200);
    expect(janSaves.body.version).toBe(seen.version + 1);
    const eventsBefore = await db().ticketEvent.count({ where: { ticketId: t.id } });

    const stale = await sofie.put(`/api/admin/tickets/${t.id}`, { priority: 'high', version: seen.version });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(
      /^Jan Claes heeft dit ticket om \d\d:\d\d gewijzigd \(status: Wacht op burger\)\./,
    );
    expect(stale.body.current).toMatchObject({
      id: t.id,
      status: 'pending_citizen',
      priority: 'normal',
      version: seen.version + 1,
    });
    expect(stale.body.changedBy).toMatchObject({ name: 'Jan Claes', changes: ['status: Wacht op burger'] });
    const stored = await db().ticket.findUniqueOrThrow({ where: { id: t.id } });
    expect([stored.status, stored.priority, stored.version]).toEqual(['pending_citizen', 'normal', seen.version + 1]);
    expect(await db().ticketEvent.count({ where: { ticketId: t.id } })).toBe(eventsBefore);

    // re-applied on top of the current version, both changes are kept
    const again = await sofie.put(`/api/admin/tickets/${t.id}`, {
      priority: 'high',
      version: stale.body.current.version,
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'pending_citizen', priority: 'high' });
    expect(again.body.version).toBeGreaterThan(stale.body.current.version);
  });

  test('the system’s bookkeeping (an SLA warning stamped) is no change an agent could overwrite; an escalation is', async () => {
    const t = await makeTicket({ departmentId: werken });
    const seen = (await sofie.get(`/api/admin/tickets/${t.id}`).expect(200)).body;
    await db().ticket.update({
      where: { id: t.id },
      data: {
        firstResponseWarnAt: new Date(Date.now() - 60_000),
        firstResponseDueAt: new Date(Date.now() + 3_600_000),
      },
    });
    expect((await checkSlas()).warned).toBeGreaterThanOrEqual(1);
    const stamped = await db().ticket.findUniqueOrThrow({ where: { id: t.id } });
    expect(stamped.firstResponseWarnedAt).not.toBeNull();
    expect(stamped.version).toBe(seen.version);
    await sofie
      .put(`/api/admin/tickets/${t.id}`, { assigneeId: null, tags: ['lamp'], version: seen.version })
      .expect(200);

    // an escalation raises the priority: a field the agent edits, so a save from before it is refused
    const before = (await sofie.get(`/api/admin/tickets/${t.id}`).expect(200)).body;
    await db().ticket.update({ where: { id: t.id }, data: { firstResponseDueAt: new Date(Date.now() - 1_000) } });
    expect((await checkSlas()).breached).toBeGreaterThanOrEqual(1);
    const stale = await sofie.put(`/api/admin/tickets/${t.id}`, {
      tags: ['lamp', 'dringend'],
      version: before.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current.priority).toBe('high');
  });

  test('a save without a version is a 400 asking for it', async () => {
    const t = await makeTicket();
    const res = await sofie.put(`/api/admin/tickets/${t.id}`, { priority: 'high' });
    expect(res.status).toBe(400);
    expect(res.body.errors.version).toMatch(/version/);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).priority).toBe('normal');
  });

  test('every kind of change counts the version up, also a reply and raw SQL (as the SLA escalation writes)', async () => {
    const t = await makeTicket({ email: 'teller@example.be' });
    const v0 = (await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).version;
    await jan.post(`/api/admin/tickets/${t.id}/reply`, { body: 'Beste, we bekijken het.' }).expect(201);
    const v1 = (await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).version;
    expect(v1).toBeGreaterThan(v0);
    await db().$executeRaw`UPDATE ticket SET priority = 'urgent' WHERE id = ${t.id}::uuid`;
    const v2 = (await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).version;
    expect(v2).toBe(v1 + 1);
    const stale = await sofie.put(`/api/admin/tickets/${t.id}`, { subject: 'Nieuw onderwerp', version: v1 });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/heeft dit ticket .* gewijzigd/);
  });
});

describe('the other records edited side by side', () => {
  test('a contact: stale 409 naming the colleague, fresh 200 with the next version', async () => {
    const t = await makeTicket({ name: 'Marie Janssens' });
    const url = `/api/admin/contacts/${t.contactId}`;
    const seen = (await sofie.get(url).expect(200)).body;
    const fresh = await jan.put(url, { name: 'Marie Janssens-Peeters', version: seen.version });
    expect(fresh.status).toBe(200);
    expect(fresh.body.version).toBe(seen.version + 1);
    const stale = await sofie.put(url, { language: 'en', version: seen.version });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/^Jan Claes heeft deze burger om \d\d:\d\d gewijzigd \(naam\)/);
    expect(stale.body.current).toMatchObject({ name: 'Marie Janssens-Peeters', language: 'nl' });
    expect((await db().contact.findUniqueOrThrow({ where: { id: t.contactId! } })).language).toBe('nl');
  });

  test('a routing rule: stale 409 naming the administrator, fresh 200', async () => {
    const rule = (
      await admin
        .post('/api/admin/routing-rules', {
          name: 'Afval',
          conditions: { words: ['afval'] },
          actions: { departmentId: werken },
        })
        .expect(201)
    ).body;
    const url = `/api/admin/routing-rules/${rule.id}`;
    const fresh = await admin.put(url, { name: 'Afval en sluikstort', version: rule.version });
    expect(fresh.status).toBe(200);
    expect(fresh.body.version).toBe(rule.version + 1);
    const stale = await admin2.put(url, { active: false, version: rule.version });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/^An Admin heeft deze routeringsregel om \d\d:\d\d gewijzigd/);
    expect(stale.body.current).toMatchObject({ name: 'Afval en sluikstort', active: true });
    expect((await db().routingRule.findUniqueOrThrow({ where: { id: rule.id } })).active).toBe(true);
  });

  test('a status template: the built-in wording is version 0; a second first save is a 409', async () => {
    const url = '/api/admin/notification-templates/status_open.en';
    const seen = (await admin.get(url).expect(200)).body;
    expect(seen.version).toBe(0);
    const text = { subject: 'We are on it: {{reference}}', body: 'Dear {{name}}, we are working on it.' };
    const fresh = await admin.put(url, { ...text, version: 0 });
    expect(fresh.status).toBe(200);
    expect(fresh.body.version).toBe(1);
    const stale = await admin2.put(url, {
      subject: 'Other words {{reference}}',
      body: 'Something else entirely.',
      version: 0,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/^An Admin heeft dit berichtsjabloon om \d\d:\d\d gewijzigd/);
    expect(stale.body.current).toMatchObject({ subject: text.subject, version: 1 });
    const next = await admin2.put(url, {
      subject: 'Other words {{reference}}',
      body: 'Something else entirely.',
      version: 1,
    });
    expect(next.status).toBe(200);
    expect(next.body.version).toBe(2);
  });

  test('an appointment moved from a stale screen is refused; the first move stays', async () => {
    const world = await counters(2);
    const booked = await sofie.post('/api/admin/appointments', {
      serviceId: world.serviceId,
      start: at(world.day, '10:00'),
      name: 'Burger Test',
      email: 'afspraak@example.be',
    });
    expect(booked.status).toBe(201);
    const url = `/api/admin/appointments/${booked.body.id}`;
    const moved = await jan.put(`${url}/move`, { start: at(world.day, '10:30'), version: booked.body.version });
    expect(moved.status).toBe(200);
    expect(moved.body.version).toBeGreaterThan(booked.body.version);
    const stale = await sofie.put(`${url}/move`, { start: at(world.day, '11:00'), version: booked.body.version });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/^Jan Claes heeft deze afspraak om \d\d:\d\d gewijzigd \(tijdstip\)/);
    expect(stale.body.current.start).toBe(at(world.day, '10:30'));
    expect((await db().appointment.findUniqueOrThrow({ where: { id: booked.body.id } })).startsAt.toISOString()).toBe(
      new Date(at(world.day, '10:30')).toISOString(),
    );
  });
});

describe('bulk changes from the ticket list', () => {
  const bulk = (c: Console, tickets: { id: string; version: number }[], change: object) =>
    c.post('/api/admin/tickets/bulk', { tickets, change });
  const selection = async (ids: string[]) =>
    (await db().ticket.findMany({ where: { id: { in: ids } } })).map((t) => ({ id: t.id, version: t.version }));

  test('five tickets of one citizen set to resolved: five audit entries, five timeline events, one email naming all five', async () => {
    const tickets = [];
    for (let i = 1; i <= 5; i++)
      tickets.push(
        await makeTicket({ email: 'bulk.burger@example.be', subject: `Melding ${i}`, departmentId: werken }),
      );
    const res = await bulk(sofie, await selection(tickets.map((t) => t.id)), { status: 'resolved' });
    expect(res.status).toBe(200);
    expect(res.body.failed).toEqual([]);
    expect(res.body.updated.map((t: { status: string }) => t.status)).toEqual(Array(5).fill('resolved'));
    const ids = tickets.map((t) => t.id);
    expect(await db().ticketEvent.count({ where: { ticketId: { in: ids }, type: 'status_changed' } })).toBe(5);
    expect(
      await db().auditEntry.count({ where: { entityId: { in: ids }, entityType: 'ticket', action: 'change' } }),
    ).toBe(5);
    const mail = await eventually(async () =>
      mailbox.messages.find((m) => JSON.stringify(m.to).includes('bulk.burger@example.be')),
    );
    await new Promise((r) => setTimeout(r, 2500)); // a second mail would have come by now (status updates wait 1 s here)
    expect(mailbox.messages.filter((m) => JSON.stringify(m.to).includes('bulk.burger@example.be'))).toHaveLength(1);
    expect(mail.subject).toMatch(/^Nieuws over 5 van uw dossiers/);
    for (const t of tickets) expect(mail.text).toContain(t.reference);
  });

  test('a ticket changed since the list was loaded is reported with its current state; the others are changed', async () => {
    const [a, b, c] = [await makeTicket(), await makeTicket(), await makeTicket()];
    const seen = await selection([a.id, b.id, c.id]);
    expect((await jan.edit(`/api/admin/tickets/${b.id}`, { priority: 'low' })).status).toBe(200);
    const res = await bulk(sofie, seen, { priority: 'urgent' });
    expect(res.status).toBe(200);
    expect(res.body.updated.map((t: { id: string }) => t.id).sort()).toEqual([a.id, c.id].sort());
    expect(res.body.failed).toEqual([
      expect.objectContaining({
        id: b.id,
        status: 409,
        message: expect.stringContaining('Jan Claes'),
        current: expect.objectContaining({ priority: 'low' }),
      }),
    ]);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: b.id } })).priority).toBe('low');
  });

  test("staff cannot change other departments' tickets in bulk: reported as not found, left as they are", async () => {
    const staff = await loginAs(app, await makeUser('staff', [burgerzaken]));
    const own = await makeTicket({ departmentId: burgerzaken });
    const other = await makeTicket({ departmentId: werken });
    const res = await bulk(staff, await selection([own.id, other.id]), { status: 'open' });
    expect(res.status).toBe(200);
    expect(res.body.updated.map((t: { id: string }) => t.id)).toEqual([own.id]);
    expect(res.body.failed).toEqual([expect.objectContaining({ id: other.id, status: 404 })]);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: other.id } })).status).toBe('new');
  });

  test('labels are added and removed per ticket, keeping each one its own other labels; assign to a colleague', async () => {
    const a = await makeTicket();
    const b = await makeTicket();
    await db().ticket.update({ where: { id: a.id }, data: { tags: ['riool', 'oud'] } });
    const janId = (await jan.get('/api/auth/me')).body.id as string;
    expect(
      (await bulk(sofie, await selection([a.id, b.id]), { addTags: ['dringend'], removeTags: ['oud'] })).body.failed,
    ).toEqual([]);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: a.id } })).tags).toEqual(['riool', 'dringend']);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: b.id } })).tags).toEqual(['dringend']);
    expect(
      (await bulk(sofie, await selection([a.id, b.id]), { assigneeId: janId })).body.updated.map(
        (t: { assigneeId: string }) => t.assigneeId,
      ),
    ).toEqual([janId, janId]);
  });

  test('merging the selection folds every other ticket into the chosen one', async () => {
    const [a, b, c] = [
      await makeTicket({ subject: 'Put 1' }),
      await makeTicket({ subject: 'Put 2' }),
      await makeTicket({ subject: 'Put 3' }),
    ];
    const res = await bulk(sofie, await selection([a.id, b.id, c.id]), { mergeIntoId: a.id });
    expect(res.status).toBe(200);
    expect(res.body.failed).toEqual([]);
    expect(res.body.updated.map((t: { id: string }) => t.id)).toEqual([a.id]);
    const merged = await db().ticket.findMany({ where: { id: { in: [b.id, c.id] } } });
    expect(merged.map((t) => [t.mergedIntoId, t.status])).toEqual([
      [a.id, 'closed'],
      [a.id, 'closed'],
    ]);
    expect((await bulk(sofie, await selection([b.id]), { mergeIntoId: a.id })).status).toBe(400);
  });

  test('a bulk change without a version or with nothing to change is a 400', async () => {
    const t = await makeTicket();
    expect(
      (await sofie.post('/api/admin/tickets/bulk', { tickets: [{ id: t.id }], change: { status: 'open' } })).status,
    ).toBe(400);
    expect((await bulk(sofie, await selection([t.id]), {})).status).toBe(400);
  });
});
