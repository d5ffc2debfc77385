import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { parseReference } from '../../src/tickets/reference';
import { makeCategory, makeDepartment } from '../support/factories';
import { startMailbox, type Mailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';

const app = buildApp();
let mailbox: Mailbox;
let categoryCode: string;
let departmentId: string;

const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
  Buffer.alloc(40),
]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

beforeAll(async () => {
  mailbox = await startMailbox();
  const worker = startOutboxWorker();
  onTeardown(() => mailbox.close());
  onTeardown(() => worker.close());
  const dept = await makeDepartment('Openbare Werken');
  departmentId = dept.id;
  categoryCode = (await makeCategory(dept.id, 'straatverlichting')).code;
});

const form = (over: Record<string, unknown> = {}) => ({
  name: 'Marie Janssens',
  email: 'Marie.Janssens@Example.be',
  phone: '0470 12 34 56',
  subject: 'Straatlamp brandt niet',
  message: 'De lamp voor nummer 14 is al een week stuk.',
  category: categoryCode,
  latitude: 50.85,
  longitude: 3.26,
  address: 'Kerkstraat 14',
  ...over,
});

describe('a citizen submits the contact form through the public API', () => {
  test('gets a reference and tracking link at once, and a Dutch confirmation email with both', async () => {
    const res = await request(app)
      .post('/api/public/tickets')
      .send(form({ submissionKey: 'form-key-0001' }));
    expect(res.status).toBe(201);
    expect(parseReference(res.body.reference)).toBe(res.body.reference);
    expect(res.body.trackingUrl).toMatch(/^http:\/\/voordeur\.test\/volg\/[A-Za-z0-9_-]{43}$/);

    const ticket = await db().ticket.findUniqueOrThrow({
      where: { reference: res.body.reference },
      include: { contact: { include: { identities: true } }, messages: true },
    });
    expect(ticket).toMatchObject({
      subject: 'Straatlamp brandt niet',
      channel: 'web',
      status: 'new',
      departmentId,
      latitude: 50.85,
      longitude: 3.26,
      address: 'Kerkstraat 14',
    });
    expect(ticket.contact?.name).toBe('Marie Janssens');
    expect(ticket.contact?.identities.map((i) => i.value).sort()).toEqual([
      '+32470123456',
      'marie.janssens@example.be',
    ]);
    expect(ticket.messages).toHaveLength(1);

    const [mail] = await mailbox.waitFor(1);
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain('marie.janssens@example.be');
    expect(mail.subject).toContain(res.body.reference);
    expect(mail.text).toContain('Beste Marie Janssens');
    expect(mail.text).toContain(res.body.reference);
    expect(mail.text).toContain(res.body.trackingUrl);
    const tracking = await request(app).get(new URL(res.body.trackingUrl).pathname);
    expect(tracking.status).toBe(200);
    expect(tracking.text).toContain(res.body.reference);
  });

  test('gets the confirmation in English when they chose English', async () => {
    const before = mailbox.messages.length;
    const res = await request(app)
      .post('/api/public/tickets')
      .send(form({ email: 'john@example.com', phone: undefined, language: 'en', name: 'John Smith' }));
    expect(res.status).toBe(201);
    const mails = await mailbox.waitFor(before + 1);
    const mail = mails.find((m) => m.subject?.includes(res.body.reference))!;
    expect(mail.subject).toContain('We received your message');
    expect(mail.text).toContain('Dear John Smith');
  });

  test('resubmitting the same form (same submission key) returns the same ticket and makes no second one', async () => {
    const first = await request(app)
      .post('/api/public/tickets')
      .send(form({ submissionKey: 'form-key-0002' }));
    const again = await request(app)
      .post('/api/public/tickets')
      .send(form({ submissionKey: 'form-key-0002' }));
    const header = await request(app).post('/api/public/tickets').set('Idempotency-Key', 'form-key-0002').send(form());
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(header.status).toBe(200);
    expect(again.body.reference).toBe(first.body.reference);
    expect(header.body.reference).toBe(first.body.reference);
    expect(again.body.created).toBe(false);
    const messages = await db().message.count({ where: { channel: 'web', externalId: 'form-key-0002' } });
    expect(messages).toBe(1);
    // the replayed answer's tracking link works too
    expect((await request(app).get(new URL(again.body.trackingUrl).pathname)).status).toBe(200);
  });

  test('ten simultaneous resubmissions still make exactly one ticket', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        request(app)
          .post('/api/public/tickets')
          .send(form({ submissionKey: 'form-key-burst' })),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.reference)).size).toBe(1);
    expect(await db().message.count({ where: { externalId: 'form-key-burst' } })).toBe(1);
  });

  test('a submission key reused by someone else is refused and reveals nothing', async () => {
    await request(app)
      .post('/api/public/tickets')
      .send(form({ submissionKey: 'form-key-0003' }))
      .expect(201);
    const other = await request(app)
      .post('/api/public/tickets')
      .send(form({ submissionKey: 'form-key-0003', email: 'someone.else@example.be', phone: undefined }));
    expect(other.status).toBe(409);
    expect(other.body.reference).toBeUndefined();
    expect(other.body.message).toMatch(/already used/);
  });

  test('a known citizen is recognised by their phone number and gets no second contact', async () => {
    const a = await request(app)
      .post('/api/public/tickets')
      .send(form({ email: 'koen@example.be', phone: '0496 11 22 33', name: 'Koen' }));
    const b = await request(app)
      .post('/api/public/tickets')
      .send(form({ email: undefined, phone: '+32 496 11 22 33', name: 'Koen' }));
    const ta = await db().ticket.findUniqueOrThrow({ where: { reference: a.body.reference } });
    const tb = await db().ticket.findUniqueOrThrow({ where: { reference: b.body.reference } });
    expect(tb.contactId).toBe(ta.contactId);
  });

  test('multipart with photos and a PDF stores them with their SHA-256', async () => {
    const res = await request(app)
      .post('/api/public/tickets')
      .field('name', 'Fatima')
      .field('email', 'fatima@example.be')
      .field('subject', 'Sluikstort aan de glasbol')
      .field('message', 'Zie foto.')
      .field('latitude', '50.849')
      .field('longitude', '3.2655')
      .attach('attachments', PNG, 'glasbol.png')
      .attach('attachments', PDF, 'brief.pdf');
    expect(res.status).toBe(201);
    const ticket = await db().ticket.findUniqueOrThrow({
      where: { reference: res.body.reference },
      include: { attachments: true },
    });
    expect(ticket.attachments.map((a) => [a.filename, a.contentType, a.size]).sort()).toEqual([
      ['brief.pdf', 'application/pdf', PDF.length],
      ['glasbol.png', 'image/png', PNG.length],
    ]);
    expect(ticket.attachments.every((a) => /^[a-f0-9]{64}$/.test(a.sha256))).toBe(true);
  });
});

describe('bad input gets a 4xx with a message per field and creates nothing', () => {
  const count = () => db().ticket.count();

  test.each([
    ['malformed email', { email: 'marie@', phone: undefined }, 400, 'email'],
    ['malformed phone', { email: undefined, phone: '12' }, 400, 'phone'],
    ['neither email nor phone', { email: undefined, phone: undefined }, 400, 'email'],
    ['missing subject', { subject: undefined }, 400, 'subject'],
    ['missing message', { message: '' }, 400, 'message'],
    ['mistyped latitude', { latitude: 'north' }, 400, 'latitude'],
    ['latitude without longitude', { longitude: undefined }, 400, 'longitude'],
    ['unknown category', { category: 'no-such-thing' }, 400, 'category'],
    ['bad submission key', { submissionKey: 'a b' }, 400, 'submissionKey'],
    ['unknown language', { language: 'fr' }, 400, 'language'],
  ])('%s', async (_what, over, status, field) => {
    const before = await count();
    const res = await request(app).post('/api/public/tickets').send(form(over));
    expect(res.status).toBe(status);
    expect(res.body.message).toEqual(expect.any(String));
    expect(res.body.errors[field]).toEqual(expect.any(String));
    expect(await count()).toBe(before);
  });

  test('invalid JSON', async () => {
    const res = await request(app)
      .post('/api/public/tickets')
      .set('Content-Type', 'application/json')
      .send('{"name": ');
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('The request body is not valid JSON.');
  });

  test('a body that is too large', async () => {
    const res = await request(app)
      .post('/api/public/tickets')
      .send(form({ message: 'x'.repeat(300_000) }));
    expect(res.status).toBe(413);
  });

  test('an unsupported content type', async () => {
    const res = await request(app).post('/api/public/tickets').set('Content-Type', 'text/plain').send('hallo');
    expect(res.status).toBe(415);
    expect(res.body.message).toMatch(/application\/json or multipart\/form-data/);
  });

  test('a file whose content is not what its name says', async () => {
    const before = await count();
    const res = await request(app)
      .post('/api/public/tickets')
      .field('email', 'a@example.be')
      .field('subject', 'Foto')
      .field('message', 'Zie bijlage')
      .attach('attachments', PDF, 'foto.jpg');
    expect(res.status).toBe(415);
    expect(res.body.message).toBe('"foto.jpg" is named .jpg but its content is PDF.');
    expect(await count()).toBe(before);
  });

  test('a file that is neither a photo nor a PDF', async () => {
    const res = await request(app)
      .post('/api/public/tickets')
      .field('email', 'a@example.be')
      .field('subject', 'Script')
      .field('message', 'Zie bijlage')
      .attach('attachments', Buffer.from('MZ\x90\x00 not really a program'), 'setup.exe');
    expect(res.status).toBe(415);
  });

  test('more than five files', async () => {
    let req = request(app)
      .post('/api/public/tickets')
      .field('email', 'a@example.be')
      .field('subject', 'Fotos')
      .field('message', 'Veel fotos');
    for (let i = 0; i < 6; i++) req = req.attach('attachments', PNG, `foto${i}.png`);
    const res = await req;
    expect(res.status).toBe(400);
    expect(res.body.errors.attachments).toMatch(/At most 5 files/);
  });

  test('a file over the size limit', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)]);
    const res = await request(app)
      .post('/api/public/tickets')
      .field('email', 'a@example.be')
      .field('subject', 'Groot')
      .field('message', 'Groot')
      .attach('attachments', big, 'groot.png');
    expect(res.status).toBe(413);
    expect(res.body.message).toMatch(/larger than 10 MB/);
  });
});

test('the public category list shows only active public categories, in the asked language', async () => {
  const hidden = await makeCategory(departmentId, 'intern-only');
  await db().category.update({ where: { id: hidden.id }, data: { public: false } });
  const res = await request(app).get('/api/public/categories?language=en').expect(200);
  expect(res.body.map((c: { code: string }) => c.code)).toContain('straatverlichting');
  expect(res.body.map((c: { code: string }) => c.code)).not.toContain('intern-only');
  expect(res.body.find((c: { code: string }) => c.code === 'straatverlichting').name).toBe(
    'Category straatverlichting',
  );
});
