import type { Express } from 'express';
import type { OutboxRelay } from '../../src/notifications/relay';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { queue, QUEUE } from '../../src/queues';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { sendReminder, sweepReminders } from '../../src/appointments/reminders';
import { loginAs, makeTicket, makeUser } from '../support/factories';
import { startMailbox, type Mailbox } from '../support/smtp';
import { startTwilioStandIn, type TwilioStandIn } from '../support/twilio';
import { onTeardown } from '../support/teardown';
import { clock } from '../../src/shared/clock';
import { eventually } from '../support/wait';
import { at, counters, type CounterWorld } from './world';

let app: Express;
let mailbox: Mailbox;
let twilio: TwilioStandIn;
let worker: OutboxRelay;
let world: CounterWorld;

beforeAll(async () => {
  app = buildApp();
  mailbox = await startMailbox();
  twilio = await startTwilioStandIn();
  worker = startOutboxWorker();
  onTeardown(() => Promise.all([mailbox.close(), twilio.close(), worker.close()]));
  world = await counters(3);
});

const bookNow = (start: string, who: Record<string, string> = {}) =>
  request(app)
    .post('/api/public/appointments')
    .send({
      serviceId: world.serviceId,
      start,
      name: 'Marie Janssens',
      email: `marie-${Math.random().toString(36).slice(2)}@example.be`,
      language: 'nl',
      ...who,
    });

test('the availability lists each free time with its Brussels offset and how many desks are free', async () => {
  const res = await request(app)
    .get(`/api/public/services/${world.serviceId}/availability?from=${world.day}&to=${world.day}`)
    .expect(200);
  expect(res.body.slots).toHaveLength(12);
  expect(res.body.slots[0]).toEqual({ start: at(world.day, '09:00'), end: at(world.day, '09:15'), freeDesks: 3 });
  const services = await request(app).get('/api/public/services?language=en').expect(200);
  expect(services.body.find((s: { id: string }) => s.id === world.serviceId)).toMatchObject({
    name: 'Identity card',
    documents: ['Your current identity card', 'A recent passport photo'],
    durationMinutes: 15,
  });
});

test('bad availability questions get a 400 that says what to send; an unknown product a 404', async () => {
  const bad = await request(app)
    .get(`/api/public/services/${world.serviceId}/availability?from=24-11-2026&to=${world.day}`)
    .expect(400);
  expect(JSON.stringify(bad.body)).toContain('YYYY-MM-DD');
  const long = await request(app)
    .get(`/api/public/services/${world.serviceId}/availability?from=2026-01-01&to=2026-06-01`)
    .expect(400);
  expect(JSON.stringify(long.body)).toContain('at most 62 days');
  // before the Gregorian calendar the holidays cannot be known: a clear 400, not a 500
  const ancient = await request(app)
    .get(`/api/public/services/${world.serviceId}/availability?from=1500-01-01&to=1500-01-02`)
    .expect(400);
  expect(JSON.stringify(ancient.body)).toContain('between 1900 and 2999');
  await request(app)
    .get(`/api/public/services/bestaat-niet/availability?from=${world.day}&to=${world.day}`)
    .expect(404);
});

test('fifty people booking the same time with three desks free: exactly three get it, the others a clear 409', async () => {
  const start = at(world.day, '10:00');
  const results = await Promise.all(Array.from({ length: 50 }, () => bookNow(start)));
  const ok = results.filter((r) => r.status === 201);
  const taken = results.filter((r) => r.status === 409);
  expect(ok).toHaveLength(3);
  expect(taken).toHaveLength(47);
  expect(taken[0].body.message).toBe('This time is no longer free: choose another time from the availability.');
  const rows = await db().appointment.findMany({
    where: { serviceId: world.serviceId, startsAt: new Date(start), status: 'booked' },
  });
  expect(rows).toHaveLength(3);
  expect(new Set(rows.map((r) => r.deskId)).size).toBe(3);
  const after = await request(app)
    .get(`/api/public/services/${world.serviceId}/availability?from=${world.day}&to=${world.day}`)
    .expect(200);
  expect(after.body.slots.find((s: { start: string }) => s.start === start)).toBeUndefined();
});

test('a booking is confirmed by email with a calendar invitation and the documents to bring, and by SMS', async () => {
  const res = await bookNow(at(world.day, '11:00'), { email: 'bevestiging@example.be', phone: '0470 55 66 77' }).expect(
    201,
  );
  expect(res.body).toMatchObject({
    code: expect.stringMatching(/^[A-HJ-NP-Z2-9]{6}$/),
    start: at(world.day, '11:00'),
    end: at(world.day, '11:15'),
    manageToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
  });
  const mail = await eventually(async () =>
    mailbox.messages.find((m) => JSON.stringify(m.to).includes('bevestiging@example.be')),
  );
  expect(mail.subject).toMatch(/^Uw afspraak: Identiteitskaart – /);
  expect(mail.text).toContain(`Uw afspraakcode (voor de onthaalzuil): ${res.body.code}`);
  expect(mail.text).toContain('- Uw huidige identiteitskaart\n- Een recente pasfoto');
  expect(mail.text).toContain('Grote Markt 1, 8500 Kortrijk');
  expect(mail.text).toContain(`/afspraak/beheer/${res.body.manageToken}`);
  const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
  const content = ics.content.toString();
  expect(content).toContain('METHOD:PUBLISH');
  expect(content).toContain(`UID:appointment-${res.body.id}@testdorp.example`);
  expect(content).toContain(
    `DTSTART:${new Date(at(world.day, '11:00')).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`,
  );
  expect(content).toMatch(/LOCATION:Stadhuis \w+\\, Grote Markt 1\\, 8500 Kortrijk/);
  // the QR code the kiosk scans: a PNG shown in the mail by its cid
  const qr = mail.attachments.find((a) => a.contentType === 'image/png')!;
  expect(qr.contentId).toBe('<afspraakcode-qr>');
  expect(qr.content.subarray(1, 4).toString()).toBe('PNG');
  // (the parser inlines cid: images; the alt text tells it is the QR code)
  expect(mail.html).toContain(`alt="QR-code om in te checken aan de onthaalzuil: ${res.body.code}"`);
  const sms = await eventually(async () => twilio.requests.find((r) => r.params.To === '+32470556677'));
  expect(sms.params.Body).toContain(res.body.code);
});

test('the citizen sees, moves and cancels through their link; a wrong link is refused and changes nothing', async () => {
  const booked = await bookNow(at(world.day, '09:00'), { email: 'verplaats@example.be' }).expect(201);
  const token = booked.body.manageToken;
  const seen = await request(app).get(`/api/public/appointments/manage/${token}`).expect(200);
  expect(seen.body).toMatchObject({
    code: booked.body.code,
    status: 'booked',
    changeable: true,
    service: { name: 'Identiteitskaart' },
  });

  await request(app).get('/api/public/appointments/manage/ditiseenverkeerdetokenzonderbetekenis00000').expect(404);
  await request(app)
    .patch('/api/public/appointments/manage/ditiseenverkeerdetokenzonderbetekenis00000')
    .send({ start: at(world.day, '09:30') })
    .expect(404);
  await request(app).delete('/api/public/appointments/manage/ditiseenverkeerdetokenzonderbetekenis00000').expect(404);

  const moved = await request(app)
    .patch(`/api/public/appointments/manage/${token}`)
    .send({ start: at(world.day, '09:30') })
    .expect(200);
  expect(moved.body).toMatchObject({ start: at(world.day, '09:30'), code: booked.body.code });
  const bad = await request(app)
    .patch(`/api/public/appointments/manage/${token}`)
    .send({ start: `${world.day}T09:30:00` })
    .expect(400);
  expect(JSON.stringify(bad.body)).toContain('with its offset');
  const cancelled = await request(app).delete(`/api/public/appointments/manage/${token}`).expect(200);
  expect(cancelled.body).toMatchObject({ status: 'cancelled', changeable: false });
  await request(app)
    .patch(`/api/public/appointments/manage/${token}`)
    .send({ start: at(world.day, '09:45') })
    .expect(409);
  const mails = await eventually(async () => {
    const m = mailbox.messages.filter((x) => JSON.stringify(x.to).includes('verplaats@example.be'));
    return m.length >= 3 ? m : undefined;
  });
  // mail may arrive in any order; the calendar invitations carry the order in their SEQUENCE
  const ics = (subject: string) => {
    const mail = mails.find((m) => m.subject!.split(':')[0] === subject);
    expect(mail).toBeDefined();
    return mail!.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString();
  };
  const sequence = (content: string) => Number(/^SEQUENCE:(\d+)/m.exec(content)![1]);
  const [confirmedIcs, movedIcs, cancelledIcs] = [
    ics('Uw afspraak'),
    ics('Uw afspraak is verplaatst'),
    ics('Uw afspraak is geannuleerd'),
  ];
  expect([sequence(confirmedIcs), sequence(movedIcs), sequence(cancelledIcs)]).toEqual([0, 1, 2]);
  expect(cancelledIcs).toContain('METHOD:CANCEL');
  expect(cancelledIcs).toContain('STATUS:CANCELLED');
  // the time is free again for someone else
  const slots = (
    await request(app).get(`/api/public/services/${world.serviceId}/availability?from=${world.day}&to=${world.day}`)
  ).body.slots;
  expect(slots.find((s: { start: string }) => s.start === at(world.day, '09:30')).freeDesks).toBe(3);
});

test('the same person booking the same time twice (a double click) gets one appointment', async () => {
  const who = { email: 'dubbel@example.be' };
  await bookNow(at(world.day, '11:30'), who).expect(201);
  const again = await bookNow(at(world.day, '11:30'), who).expect(409);
  expect(again.body.message).toMatch(/already have this appointment/);
  expect(await db().appointment.count({ where: { email: 'dubbel@example.be' } })).toBe(1);
});

test('a reminder is scheduled, moved with the appointment, dropped when cancelled, and sent once', async () => {
  const booked = await bookNow(at(world.day, '11:45'), { email: 'herinnering@example.be' }).expect(201);
  const job = await queue(QUEUE.appointments).getJob(`reminder-${booked.body.id}`);
  expect(job).toBeDefined();
  expect(job!.data.startsAt).toBe(new Date(at(world.day, '11:45')).toISOString());
  const expectedAt = new Date(at(world.day, '11:45')).getTime() - 24 * 3600_000;
  expect(Math.abs(job!.timestamp + job!.opts.delay! - expectedAt)).toBeLessThan(5000);

  await request(app)
    .patch(`/api/public/appointments/manage/${booked.body.manageToken}`)
    .send({ start: at(world.day, '10:45') })
    .expect(200);
  const movedJob = await queue(QUEUE.appointments).getJob(`reminder-${booked.body.id}`);
  expect(movedJob!.data.startsAt).toBe(new Date(at(world.day, '10:45')).toISOString());

  // the job for the old time sends nothing; the right one sends once, however often it runs
  expect(await sendReminder(booked.body.id, new Date(at(world.day, '11:45')))).toBe('nothing');
  expect(await sendReminder(booked.body.id, new Date(at(world.day, '10:45')))).toBe('sent');
  expect(await sendReminder(booked.body.id, new Date(at(world.day, '10:45')))).toBe('nothing');
  expect(
    await db().notification.count({ where: { recipient: 'herinnering@example.be', template: 'appointment_reminder' } }),
  ).toBe(1);
  const reminder = await eventually(async () =>
    mailbox.messages.find(
      (m) => JSON.stringify(m.to).includes('herinnering@example.be') && m.subject?.startsWith('Herinnering'),
    ),
  );
  expect(reminder.text).toContain('Breng mee');

  await request(app).delete(`/api/public/appointments/manage/${booked.body.manageToken}`).expect(200);
  expect(await queue(QUEUE.appointments).getJob(`reminder-${booked.body.id}`)).toBeUndefined();
});

test('the sweep sends a reminder whose job was lost, once', async () => {
  const soon = await counters(1, { reminderHoursBefore: 24 * 10 });
  const res = await request(app)
    .post('/api/public/appointments')
    .send({ serviceId: soon.serviceId, start: at(soon.day, '09:00'), name: 'Jan', email: 'sweep@example.be' })
    .expect(201);
  // booked inside the reminder window: no job, and the confirmation stands in for the reminder
  expect(await queue(QUEUE.appointments).getJob(`reminder-${res.body.id}`)).toBeUndefined();
  expect(await sweepReminders()).toBe(0);
  // as if it had been booked long ago and its job was lost with Redis
  await db().appointment.update({
    where: { id: res.body.id },
    data: { createdAt: new Date(Date.now() - 30 * 86400_000) },
  });
  expect(await sweepReminders()).toBe(1);
  expect(await sweepReminders()).toBe(0);
});

test('an agent books for a caller from a ticket: the appointment and the ticket point at each other', async () => {
  const agent = await loginAs(app, await makeUser('agent'));
  const ticket = await makeTicket({ email: 'beller@example.be' });
  const res = await agent.post('/api/admin/appointments', {
    serviceId: world.serviceId,
    start: at(world.day, '10:15'),
    name: 'Burger Test',
    email: 'beller@example.be',
    ticketId: ticket.id,
    channel: 'phone',
  });
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ ticketId: ticket.id, channel: 'phone', createdByUserId: expect.any(String) });
  expect(res.body).not.toHaveProperty('manageTokenHash');
  const events = await db().ticketEvent.findMany({ where: { ticketId: ticket.id, type: 'appointment_booked' } });
  expect(events).toEqual([expect.objectContaining({ data: expect.objectContaining({ appointmentId: res.body.id }) })]);
  expect(
    (
      await db().ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { appointments: true } })
    ).appointments.map((a) => a.id),
  ).toEqual([res.body.id]);
  // at short notice, as staff may: the online minimum notice does not apply
  const cancel = await agent.delete(`/api/admin/appointments/${res.body.id}`);
  expect(cancel.body.status).toBe('cancelled');
});

test('a walk-in is booked into the free time from now on a desk that serves the product, and counts as one', async () => {
  const staff = await loginAs(app, await makeUser('staff', []));
  // inside the desks' hours (09:00–12:00 on weekdays): outside them a walk-in needs a reason
  const realNow = clock.now;
  clock.now = () => new Date(at(world.day, '10:00'));
  try {
    const res = await staff.post('/api/admin/appointments/walk-in', { serviceId: world.serviceId });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ channel: 'walk_in', status: 'checked_in', name: 'Zonder afspraak' });
    expect(world.deskIds).toContain(res.body.deskId);
    // three desks: a fourth walk-in at the same minute finds every desk taken
    await staff.post('/api/admin/appointments/walk-in', { serviceId: world.serviceId });
    await staff.post('/api/admin/appointments/walk-in', { serviceId: world.serviceId });
    const full = await staff.post('/api/admin/appointments/walk-in', { serviceId: world.serviceId });
    expect(full.status).toBe(409);
    expect(await db().appointment.count({ where: { serviceId: world.serviceId, channel: 'walk_in' } })).toBe(3);
    // each is a visitor waiting with a number
    expect(await db().visit.count({ where: { serviceId: world.serviceId, walkIn: true, status: 'waiting' } })).toBe(3);
  } finally {
    clock.now = realNow;
  }
});
