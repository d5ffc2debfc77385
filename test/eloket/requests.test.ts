import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { decryptSecret } from '../../src/shared/secretBox';
import { anonymiseTicket } from '../../src/privacy/anonymise';
import { loginAs, makeDepartment, makeUser } from '../support/factories';
import { makeEloketWorld, NRN, PDF, PNG, samenstelling } from './world';

const app = buildApp();
let world: Awaited<ReturnType<typeof makeEloketWorld>>;

beforeAll(async () => {
  world = await makeEloketWorld();
});

const counts = async () => ({
  tickets: await db().ticket.count(),
  requests: await db().documentRequest.count(),
  attachments: await db().attachment.count(),
});

const tokenOf = (trackingUrl: string) => trackingUrl.split('/volg/')[1];

describe('the catalogue', () => {
  test('lists each document with its code, fields and delivery options, in Dutch or English', async () => {
    const nl = (await request(app).get('/api/public/document-types').expect(200)).body as {
      code: string;
      name: string;
      fields: { key: string; required: boolean; when?: object }[];
      deliveryOptions: string[];
    }[];
    expect(nl.map((t) => t.code)).toEqual(
      expect.arrayContaining(['attest-van-woonst', 'samenstelling-van-het-gezin', 'uittreksel-strafregister']),
    );
    const gezin = nl.find((t) => t.code === 'samenstelling-van-het-gezin')!;
    expect(gezin.name).toBe('Samenstelling van het gezin');
    expect(gezin.deliveryOptions).toEqual(['email', 'post', 'pickup']);
    expect(gezin.fields.find((f) => f.key === 'memberBirthDate')).toMatchObject({
      required: true,
      when: { field: 'forWhom', equals: 'family' },
    });
    const en = (await request(app).get('/api/public/document-types?language=en').expect(200)).body as {
      name: string;
    }[];
    expect(en.map((t) => t.name)).toContain('Composition of the household');
  });
});

describe('a citizen requests a document through the API', () => {
  test('201 with a reference and tracking link; an ordinary web ticket of Burgerzaken with the answers on it, the number sealed', async () => {
    const res = await request(app).post('/api/public/document-requests').send(samenstelling()).expect(201);
    expect(res.body).toEqual({
      reference: expect.stringMatching(/^VD-/),
      trackingUrl: expect.stringMatching(/\/volg\/[A-Za-z0-9_-]{43}$/),
    });
    const ticket = await db().ticket.findUniqueOrThrow({
      where: { reference: res.body.reference },
      include: { documentRequest: true, messages: true },
    });
    expect(ticket).toMatchObject({ channel: 'web', departmentId: world.departmentId, tags: ['e-loket'] });
    expect(ticket.subject).toBe('Aanvraag Samenstelling van het gezin');
    // the type's target handling time is the ticket's resolution deadline
    expect(ticket.dueAt).not.toBeNull();
    const r = ticket.documentRequest!;
    expect(r.delivery).toBe('email');
    expect(r.answers).toEqual({ forWhom: 'self', purpose: 'Kinderbijslag', documentLanguage: 'nl' });
    const sealed = r.sealedAnswers as Record<string, string>;
    expect(decryptSecret(sealed.nationalRegisterNumber)).toBe(NRN);
    // the number is nowhere in the clear: not in the answers, not in the message
    expect(JSON.stringify(r.answers)).not.toContain(NRN);
    expect(ticket.messages[0].bodyText).toContain('Waarvoor hebt u het nodig?: Kinderbijslag');
    expect(ticket.messages[0].bodyText).not.toContain('85');
    expect(await db().notification.count({ where: { ticketId: ticket.id, template: 'ticket_received' } })).toBe(1);
  });

  test('the same submission key again gives the same reference (200), not a second request', async () => {
    const first = await request(app)
      .post('/api/public/document-requests')
      .send(samenstelling({ submissionKey: 'eloket-key-0001' }))
      .expect(201);
    const before = await counts();
    const again = await request(app)
      .post('/api/public/document-requests')
      .send(samenstelling({ submissionKey: 'eloket-key-0001' }))
      .expect(200);
    expect(again.body.reference).toBe(first.body.reference);
    expect(await counts()).toEqual(before);
  });

  test('a missing or invalid answer is a 400 naming the field, and nothing is stored', async () => {
    const before = await counts();
    const missing = await request(app)
      .post('/api/public/document-requests')
      .send(samenstelling({ answers: { forWhom: 'family', nationalRegisterNumber: '85073003329' } }))
      .expect(400);
    expect(missing.body.errors).toEqual({
      'answers.nationalRegisterNumber': expect.stringContaining('rijksregisternummer'),
      'answers.memberName': 'Vul dit veld in.',
      'answers.memberBirthDate': 'Vul dit veld in.',
      'answers.purpose': 'Vul dit veld in.',
      'answers.documentLanguage': 'Vul dit veld in.',
    });
    const english = await request(app)
      .post('/api/public/document-requests')
      .send(samenstelling({ language: 'en', answers: { forWhom: 'self' } }))
      .expect(400);
    expect(english.body.errors['answers.purpose']).toBe('Fill in this field.');
    const unknownType = await request(app)
      .post('/api/public/document-requests')
      .send(samenstelling({ documentType: 'rijbewijs' }))
      .expect(400);
    expect(Object.keys(unknownType.body.errors)).toEqual(['documentType']);
    const noEmail = await request(app)
      .post('/api/public/document-requests')
      .send(samenstelling({ email: undefined, phone: '0470 12 34 56' }))
      .expect(400);
    expect(Object.keys(noEmail.body.errors)).toEqual(['email']);
    const notOffered = await request(app)
      .post('/api/public/document-requests')
      .send({
        ...samenstelling(),
        documentType: 'uittreksel-strafregister',
        answers: { nationalRegisterNumber: NRN, model: 'model1', purpose: 'Werk', documentLanguage: 'nl' },
        delivery: 'post',
        postalAddress: 'Kerkstraat 1',
      })
      .expect(400);
    expect(notOffered.body.errors).toEqual({ delivery: 'Dit document kan niet zo geleverd worden.' });
    expect(await counts()).toEqual(before);
  });

  test('a proof file of the wrong type is a 415 naming the proof, and nothing is stored', async () => {
    const before = await counts();
    const res = await request(app)
      .post('/api/public/document-requests')
      .field('documentType', 'uittreksel-strafregister')
      .field('answers[nationalRegisterNumber]', NRN)
      .field('answers[model]', 'model2')
      .field('answers[purpose]', 'Jeugdbeweging')
      .field('answers[documentLanguage]', 'nl')
      .field('delivery', 'email')
      .field('name', 'Tom Mertens')
      .field('email', 'tom@example.be')
      .attach('attachments', Buffer.from('MZ\x90\x00 not a letter at all'), 'brief.pdf')
      .expect(415);
    expect(Object.keys(res.body.errors)).toEqual(['proof']);
    expect(await counts()).toEqual(before);
    // the right file passes, as multipart with the answers in answers[…]
    await request(app)
      .post('/api/public/document-requests')
      .field('documentType', 'uittreksel-strafregister')
      .field('answers[nationalRegisterNumber]', NRN)
      .field('answers[model]', 'model2')
      .field('answers[purpose]', 'Jeugdbeweging')
      .field('answers[documentLanguage]', 'nl')
      .field('delivery', 'email')
      .field('name', 'Tom Mertens')
      .field('email', 'tom@example.be')
      .attach('attachments', PDF, 'brief.pdf')
      .expect(201);
  });
});

describe('the agent prepares and delivers the document', () => {
  test('by email: the answers (number unsealed), a PDF attached, delivered; the citizen downloads it until the link expires (410)', async () => {
    const agent = await loginAs(app, await makeUser('agent'));
    const created = await request(app).post('/api/public/document-requests').send(samenstelling()).expect(201);
    const ticket = await db().ticket.findUniqueOrThrow({ where: { reference: created.body.reference } });
    // the ticket says its kind, so the console shows the request's own part
    expect((await agent.get(`/api/admin/tickets/${ticket.id}`).expect(200)).body.kind).toBe('document_request');
    const shown = (await agent.get(`/api/admin/tickets/${ticket.id}/document-request`).expect(200)).body;
    expect(shown.documentType.code).toBe('samenstelling-van-het-gezin');
    expect(shown.answers).toContainEqual(
      expect.objectContaining({ key: 'nationalRegisterNumber', value: '85.07.30-033.28' }),
    );
    expect(shown.answers).toContainEqual(
      expect.objectContaining({ key: 'forWhom', value: 'self', valueNl: 'Voor mezelf' }),
    );

    // delivering by email needs the PDF first; a photo is no PDF
    const early = await agent.post(`/api/admin/tickets/${ticket.id}/document-request/deliver`, {
      method: 'email',
      version: ticket.version,
    });
    expect(early.status).toBe(409);
    await agent.agent
      .post(`/api/admin/tickets/${ticket.id}/document-request/document`)
      .set('X-CSRF-Token', agent.csrf)
      .attach('attachments', PNG, 'gezin.png')
      .expect(415);
    await agent.agent
      .post(`/api/admin/tickets/${ticket.id}/document-request/document`)
      .set('X-CSRF-Token', agent.csrf)
      .attach('attachments', PDF, 'samenstelling.pdf')
      .expect(201);
    // taking it up is news for the citizen: in behandeling
    const taken = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(taken.status).toBe('open');
    expect(await db().notification.count({ where: { ticketId: ticket.id, template: 'status_open' } })).toBe(1);
    const version = taken.version;
    const delivered = await agent
      .post(`/api/admin/tickets/${ticket.id}/document-request/deliver`, { method: 'email', version })
      .expect(201);
    expect(delivered.body.deliveredAt).not.toBeNull();
    const after = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { events: true } });
    expect(after.status).toBe('resolved');
    expect(after.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['document_attached', 'document_delivered', 'status_changed']),
    );
    // the status update to the citizen is in the outbox with the change
    expect(await db().notification.count({ where: { ticketId: ticket.id, template: 'status_resolved' } })).toBe(1);
    const expiresInDays = (new Date(delivered.body.downloadExpiresAt).getTime() - Date.now()) / 86_400_000;
    expect(Math.round(expiresInDays)).toBe(14);

    const page = await request(app)
      .get(`/volg/${tokenOf(created.body.trackingUrl)}`)
      .expect(200);
    const link = /href="(\/e-loket\/download\/[A-Za-z0-9_-]{43})"/.exec(page.text)![1];
    const file = await request(app).get(link).buffer(true).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(file.body as Buffer).equals(PDF)).toBe(true);
    // only the hash and a sealed copy are kept
    const stored = await db().documentRequest.findUniqueOrThrow({ where: { ticketId: ticket.id } });
    expect(stored.downloadTokenHash).not.toContain(link.split('/').pop());

    await db().documentRequest.update({
      where: { ticketId: ticket.id },
      data: { downloadExpiresAt: new Date(Date.now() - 1000) },
    });
    const gone = await request(app).get(link).expect(410);
    expect(gone.text).toContain('Deze downloadlink is verlopen');
    const goneEn = await request(app).get(`${link}?lang=en`).expect(410);
    expect(goneEn.text).toContain('This download link has expired');
    await request(app).get('/e-loket/download/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG').expect(404);
  });

  test("the document's handling time stays when an agent raises the priority", async () => {
    const agent = await loginAs(app, await makeUser('agent'));
    const created = await request(app).post('/api/public/document-requests').send(samenstelling()).expect(201);
    const ticket = await db().ticket.findUniqueOrThrow({ where: { reference: created.body.reference } });
    expect(ticket.dueAt).not.toBeNull();
    expect((await agent.edit(`/api/admin/tickets/${ticket.id}`, { priority: 'urgent' })).status).toBe(200);
    const after = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(after.priority).toBe('urgent');
    expect(after.dueAt).toEqual(ticket.dueAt);
  });

  test('by post to the confirmed address; staff of another department do not see the request', async () => {
    const agent = await loginAs(app, await makeUser('agent'));
    const created = await request(app)
      .post('/api/public/document-requests')
      .send(samenstelling({ delivery: 'post', postalAddress: 'Kerkstraat 1, 8500 Voordeur' }))
      .expect(201);
    const ticket = await db().ticket.findUniqueOrThrow({ where: { reference: created.body.reference } });
    const other = await agent
      .post('/api/admin/tickets', {
        subject: 'Vraag aan de balie',
        body: 'Een gewone vraag.',
        channel: 'counter',
        contact: { name: 'Jef Peeters', language: 'nl' },
      })
      .expect(201);
    expect(other.body.kind).toBe('contact');
    const outsider = await loginAs(app, await makeUser('staff', [(await makeDepartment()).id]));
    await outsider.get(`/api/admin/tickets/${ticket.id}/document-request`).expect(404);
    const posted = await agent
      .post(`/api/admin/tickets/${ticket.id}/document-request/deliver`, {
        method: 'post',
        postalAddress: 'Kerkstraat 1 bus 2, 8500 Voordeur',
        version: ticket.version,
      })
      .expect(201);
    expect(posted.body).toMatchObject({ delivery: 'post', postalAddress: 'Kerkstraat 1 bus 2, 8500 Voordeur' });
    const page = await request(app)
      .get(`/volg/${tokenOf(created.body.trackingUrl)}`)
      .expect(200);
    expect(page.text).toContain('met de post verstuurd');
  });

  test('to pick up: the citizen books an afhalen time from the tracking page and the kiosk knows what they come for', async () => {
    const agent = await loginAs(app, await makeUser('agent'));
    const created = await request(app)
      .post('/api/public/document-requests')
      .send(samenstelling({ delivery: 'pickup' }))
      .expect(201);
    const token = tokenOf(created.body.trackingUrl);
    const ticket = await db().ticket.findUniqueOrThrow({ where: { reference: created.body.reference } });
    // not ready yet: no times offered, and booking is refused
    expect((await request(app).get(`/volg/${token}`)).text).toContain('We maken uw document klaar');
    await agent
      .post(`/api/admin/tickets/${ticket.id}/document-request/deliver`, { method: 'pickup', version: ticket.version })
      .expect(201);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('pending_citizen');
    const page = await request(app).get(`/volg/${token}`).expect(200);
    // not the first time offered: it may begin while this test runs, and then it is no longer free
    const first = [...page.text.matchAll(/<option value="([^"]+)"/g)][1][1];
    await request(app).post(`/volg/${token}/afhalen`).type('form').send({ start: first }).expect(303);
    const appointment = await db().appointment.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(appointment.serviceId).toBe(world.serviceId);
    expect((await request(app).get(`/volg/${token}`)).text).toContain(appointment.code);
    // a second time is refused
    await request(app).post(`/volg/${token}/afhalen`).type('form').send({ start: first }).expect(409);

    // at the kiosk, around the appointment's time
    const soon = new Date(Date.now() + 5 * 60_000);
    await db().appointment.update({
      where: { id: appointment.id },
      data: {
        startsAt: soon,
        endsAt: new Date(soon.getTime() + 5 * 60_000),
        blockedUntil: new Date(soon.getTime() + 5 * 60_000),
      },
    });
    const checkIn = await request(app)
      .post('/api/kiosk/check-in')
      .set('X-Device-Token', world.kioskToken)
      .send({ code: appointment.code, language: 'nl' })
      .expect(201);
    expect(checkIn.body.document).toEqual({ reference: ticket.reference, name: 'Samenstelling van het gezin' });
    expect(await db().ticketEvent.count({ where: { ticketId: ticket.id, type: 'document_pickup_checked_in' } })).toBe(
      1,
    );
  });

  test('an agent records a request taken at the counter: it counts as the counter channel', async () => {
    const agent = await loginAs(app, await makeUser('agent'));
    const res = await agent
      .post('/api/admin/document-requests', { ...samenstelling({ delivery: 'pickup' }), channel: 'counter' })
      .expect(201);
    const ticket = await db().ticket.findUniqueOrThrow({ where: { reference: res.body.reference } });
    expect(ticket.channel).toBe('counter');
  });

  test('erasing the ticket removes the answers, the sealed numbers and the link; the type stays for the reports', async () => {
    const created = await request(app).post('/api/public/document-requests').send(samenstelling()).expect(201);
    const ticket = await db().ticket.findUniqueOrThrow({ where: { reference: created.body.reference } });
    await anonymiseTicket(ticket.id);
    const r = await db().documentRequest.findUniqueOrThrow({ where: { ticketId: ticket.id } });
    expect(r).toMatchObject({ answers: {}, sealedAnswers: {}, postalAddress: null, downloadTokenHash: null });
    expect(r.documentTypeId).toBeTruthy();
  });
});
