import { readFileSync } from 'node:fs';
import path from 'node:path';
import { db } from '../../src/db';
import { emailWorld, waitForMessages, type EmailWorld } from './support';

let world: EmailWorld;
const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/email', name));
const ticketFrom = (address: string) =>
  db().ticket.findFirstOrThrow({
    where: { contact: { identities: { some: { value: address } } } },
    include: { messages: { include: { attachments: true } }, contact: true },
  });

beforeAll(async () => {
  world = await emailWorld();
  await world.dovecot.appendMany(
    world.info,
    [
      'utf8-plain.eml',
      'latin1-qp.eml',
      'latin9-base64.eml',
      'cp1252-qp.eml',
      'utf8-base64-html.eml',
      'encoded-headers.eml',
      'inline-image.eml',
    ].map(fixture),
  );
  world.runner();
  await waitForMessages(7);
}, 60000);

test.each([
  [
    'UTF-8 8bit',
    'an.janssens@example.be',
    'Vraag over de heraanleg van de Kerkstraat',
    ['“heraanleg”', 'café De Zwaan'],
  ],
  [
    'ISO-8859-1 quoted-printable',
    'francois.lefevre@example.be',
    'Fête de quartier / buurtfeest 14 juni',
    ['à propos de la fête', "place de l'église"],
  ],
  ['ISO-8859-15 base64', 'marc.vermeiren@example.com', 'Factuur grofvuil klopt niet', ['€45,00', '€30,00']],
  [
    'Windows-1252 quoted-printable',
    'sofie.desmet@example.com',
    'Betaling parkeerkaart',
    ['€35', '“bewonersparkeerkaart” –', '‘betaling niet ontvangen’'],
  ],
  [
    'RFC 2047 encoded headers',
    'renee.boel@example.be',
    'Aanvraag evenementenvergunning – Kerstmarkt “Winterpret” (€ 250 waarborg)',
    ['feestcomité', 'Renée Boël'],
  ],
])('%s arrives with every character intact', async (_what, from, subject, snippets) => {
  const t = await ticketFrom(from);
  expect(t.subject).toBe(subject);
  for (const s of snippets) expect(t.messages[0].bodyText).toContain(s);
});

test('the sender’s encoded name is kept on their contact', async () => {
  expect((await ticketFrom('renee.boel@example.be')).contact?.name).toBe('Renée Désiré Boël');
  expect((await ticketFrom('sofie.desmet@example.com')).contact?.name).toBe('De Smet, Sofie');
});

test('HTML is sanitized, inline images point to stored attachments, and a PDF attachment is kept', async () => {
  const t = await ticketFrom(
    (
      await db().contactIdentity.findFirstOrThrow({
        where: {
          contact: {
            tickets: {
              some: { messages: { some: { attachments: { some: { filename: 'aanvraag-parkeerkaart.pdf' } } } } },
            },
          },
        },
      })
    ).value,
  );
  const m = t.messages[0];
  const byName = Object.fromEntries(m.attachments.map((a) => [a.filename, a]));
  expect(byName['aanvraag-parkeerkaart.pdf']).toMatchObject({ contentType: 'application/pdf', contentId: null });
  const inline = m.attachments.find((a) => a.contentId === 'voetpad.4f1e@example.be')!;
  expect(inline.contentType).toBe('image/png');
  expect(m.bodyHtml).toContain(`src="/api/admin/attachments/${inline.id}/download"`);
  expect(m.bodyHtml).not.toContain('cid:');
});

test('HTML from a multipart/alternative message keeps its formatting but nothing active', async () => {
  const html = (await db().message.findFirstOrThrow({ where: { bodyHtml: { contains: 'gevaarlijke situatie' } } }))
    .bodyHtml!;
  expect(html).toContain('<b>gevaarlijke situatie</b>');
  expect(html).not.toMatch(/<script|onerror|onload|javascript:/i);
});
