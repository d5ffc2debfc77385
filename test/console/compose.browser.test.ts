import type { Page } from 'playwright-core';
import { db } from '../../src/db';
import { startOutboxWorker } from '../../src/notifications/jobs';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { makeDepartment, makeTicket, makeUser } from '../support/factories';
import { startMailbox, type Mailbox } from '../support/smtp';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';

// An agent answers a citizen from the console: the reply box starts with the greeting and her signature, a canned
// reply goes in with `/`, the preview shows what goes out, and the citizen gets one greeting and one sign-off.
let harness: ConsoleHarness;
let mailbox: Mailbox;

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Waits until the reply box holds this text (or matches it), and says what it held when it never did. */
async function replyBoxShows(page: Page, expected: string | RegExp) {
  const box = page.getByTestId('reply-input');
  let last = '';
  await eventually(
    async () => {
      last = await box.inputValue();
      return typeof expected === 'string' ? last === expected : expected.test(last);
    },
    20000,
    'the reply box text',
  ).catch(() => {
    throw new Error(`the reply box should show ${JSON.stringify(String(expected))} but shows ${JSON.stringify(last)}`);
  });
}

beforeAll(async () => {
  mailbox = await startMailbox();
  const worker = startOutboxWorker();
  onTeardown(() => mailbox.close());
  onTeardown(() => worker.close());
  harness = await startConsole();
}, 60000);

test('an agent inserts a canned reply with /, sees it filled in and previewed with one greeting, and the citizen receives one greeting and one sign-off', async () => {
  const burgerzaken = await makeDepartment('Burgerzaken');
  const agent = await makeUser('agent', [], 'Sofie Peeters');
  await db().user.update({
    where: { id: agent.id },
    data: { signature: 'Sofie Peeters\nContactcenter Gemeente Testdorp' },
  });
  const ticket = await makeTicket({
    name: 'Marie Janssens',
    email: 'marie.janssens@example.be',
    subject: 'Identiteitskaart verlengen',
    departmentId: burgerzaken.id,
  });
  await db().cannedResponse.create({
    data: {
      title: 'Kopie identiteitskaart vragen',
      bodyNl: 'Voor dossier {{reference}} hebben we een kopie van uw identiteitskaart nodig, {{name}}.',
      bodyEn: 'For case {{reference}} we need a copy of your identity card, {{name}}.',
      setStatus: 'pending_citizen',
      addTags: ['kopie-id'],
    },
  });
  await db().cannedResponse.create({
    data: { title: 'Openingsuren stadhuis', bodyNl: 'We zijn open van 9 tot 12 uur.', bodyEn: '' },
  });

  const page = await signIn(harness, agent);
  await page.goto(`${harness.base}/admin/#/tickets/${ticket.id}/show`);
  const input = page.getByTestId('reply-input');
  const signOff = 'Met vriendelijke groeten,\nSofie Peeters\nContactcenter Gemeente Testdorp';
  await replyBoxShows(page, `Beste Marie Janssens,\n\n\n\n${signOff}`);

  // the empty line under the greeting, then `/` opens the picker
  await input.click();
  await input.press('Control+Home');
  await input.press('ArrowDown');
  await input.press('ArrowDown');
  await input.press('/');
  const picker = page.getByRole('dialog', { name: 'Standaardantwoord invoegen' });
  const search = picker.getByRole('combobox', { name: 'Zoek op titel' });
  await search.waitFor();
  await page.getByRole('option', { name: /Openingsuren stadhuis/ }).waitFor();
  await expectAccessible(page, 'reply box with the canned-reply picker open');
  await search.fill('kopie');
  await page.getByRole('option', { name: /Openingsuren stadhuis/ }).waitFor({ state: 'detached' });
  await search.press('Enter');
  await picker.waitFor({ state: 'detached' });

  const filled = `Voor dossier ${ticket.reference} hebben we een kopie van uw identiteitskaart nodig, Marie Janssens.`;
  await replyBoxShows(page, `Beste Marie Janssens,\n\n${filled}\n\n${signOff}`);

  // the macro set status and tag in the same step, through the normal ticket change (timeline)
  const changed = await eventually(
    async () => {
      const t = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } });
      return t.status === 'pending_citizen' && t.tags.includes('kopie-id') && t;
    },
    10000,
    "the macro's status and tag",
  );
  expect(changed.tags).toEqual(['kopie-id']);
  await page
    .getByTestId('timeline')
    .getByText(/Wacht op burger/)
    .first()
    .waitFor();

  // the preview: what goes out, with one greeting, the text and the tracking link
  const previewText = page.getByTestId('reply-preview-text');
  await previewText.getByText(filled, { exact: false }).waitFor();
  const shown = (await previewText.textContent())!;
  expect(count(shown, 'Beste Marie Janssens')).toBe(1);
  expect(count(shown, 'Met vriendelijke groeten')).toBe(1);
  expect(shown).toMatch(/Volg uw dossier: http/);
  const frame = page.frameLocator('[data-testid="reply-preview-html"]');
  await frame.getByText('Volg uw dossier').waitFor();
  expect(count((await frame.locator('body').textContent())!, 'Beste Marie Janssens')).toBe(1);
  expect(await page.getByRole('region', { name: 'Voorbeeld: zo ontvangt de burger het' }).count()).toBe(1);
  await expectAccessible(page, 'ticket page with the reply and its preview');

  // Escape closes the picker at once; the button opens it too
  await page.getByTestId('canned-open').click();
  await picker.waitFor();
  await page.keyboard.press('Escape');
  await picker.waitFor({ state: 'detached' });

  await page.getByTestId('reply-send').click();
  await page.getByTestId('conversation').getByText(filled, { exact: false }).waitFor();
  const mail = await eventually(
    async () => mailbox.messages.find((m) => m.subject === `[${ticket.reference}] Re: Identiteitskaart verlengen`),
    15000,
    'the reply mail',
  );
  for (const part of [mail.text!, mail.html as string]) {
    expect(count(part, 'Beste Marie Janssens')).toBe(1);
    expect(count(part, 'Met vriendelijke groeten')).toBe(1);
    expect(count(part, 'Contactcenter Gemeente Testdorp')).toBe(1);
    expect(part).toContain(filled);
  }
  expect(mail.text).toMatch(/Volg uw dossier: http:\/\/\S+\/volg\/[A-Za-z0-9_-]{43}/);
  // after sending, the box starts over with the greeting and signature
  await replyBoxShows(page, `Beste Marie Janssens,\n\n\n\n${signOff}`);
}, 120000);

test('what an agent types before the draft has arrived stays: the late draft does not replace it', async () => {
  const agent = await makeUser('agent', [], 'Jan Claes');
  const ticket = await makeTicket({ name: 'Mira Aerts', email: 'mira@example.be' });
  const page = await signIn(harness, agent);
  // a slow line: the draft (greeting, signature) answers only after the agent has begun
  let draftAnswered = false;
  await page.route('**/reply-draft', async (route) => {
    await new Promise((r) => setTimeout(r, 2000));
    await route.continue();
    draftAnswered = true;
  });
  await page.goto(`${harness.base}/admin/#/tickets/${ticket.id}/show`);
  const typed = 'Uw aanvraag is goedgekeurd.';
  await page.getByTestId('reply-input').fill(typed);
  await eventually(async () => draftAnswered, 20000, 'the draft request');
  await page.waitForTimeout(500); // the draft's answer has been rendered by now
  await replyBoxShows(page, typed);
  expect(await page.getByTestId('reply-send').isEnabled()).toBe(true);
}, 90000);

test('an SMS reply shows its segment count and encoding in the preview', async () => {
  const agent = await makeUser('agent', [], 'Jan Claes');
  const ticket = await makeTicket({ name: 'Luc Peeters', email: undefined, phone: '+32470123456', channel: 'phone' });
  const page = await signIn(harness, agent);
  await page.goto(`${harness.base}/admin/#/tickets/${ticket.id}/show`);
  await replyBoxShows(page, /^Beste Luc Peeters,\n/);
  await page.getByTestId('reply-input').fill('Beste Luc, uw rijbewijs ligt klaar. Groeten, Jan');
  await page
    .getByTestId('reply-preview-segments')
    .getByText(/^\d sms(?:'en)? · \d+ tekens · GSM-7 \((?:160 per sms|153 per deel)\)$/)
    .waitFor();
  await page.getByTestId('reply-input').fill('Beste Zoë, uw rijbewijs ligt klaar. Groeten, Jan');
  await page
    .getByTestId('reply-preview-segments')
    .getByText(/^\d sms'en · \d+ tekens · UCS-2 \(67 per deel\)$/)
    .waitFor();
  await expectAccessible(page, 'ticket page with an SMS reply preview');
}, 90000);

test('agents keep canned replies under Standaardantwoorden: an unknown placeholder is named, and a saved one is listed and edited', async () => {
  await db().cannedResponse.create({
    data: { title: 'Adreswijziging doorgeven', bodyNl: 'Een adreswijziging geeft u door aan het loket.', bodyEn: '' },
  });
  const agent = await makeUser('agent', [], 'Sofie Peeters');
  const page = await signIn(harness, agent);
  await page.getByRole('menuitem', { name: 'Standaardantwoorden' }).click();
  await page.getByRole('cell', { name: 'Adreswijziging doorgeven' }).waitFor();
  await page.getByRole('cell', { name: 'Iedereen' }).first().waitFor();
  await expectAccessible(page, 'canned replies list');

  await page.getByRole('link', { name: 'Nieuw' }).click();
  await page.getByRole('textbox', { name: /^Titel/ }).fill('Afspraak nodig');
  await page
    .getByRole('textbox', { name: /^Tekst in het Nederlands/ })
    .fill('Beste {{naam}}, maak een afspraak voor dossier {{reference}}.');
  await expectAccessible(page, 'new canned reply form');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  // named under the text it is in
  await page.getByText('Unknown: naam').waitFor();
  expect(await db().cannedResponse.count({ where: { title: 'Afspraak nodig' } })).toBe(0);

  await page
    .getByRole('textbox', { name: /^Tekst in het Nederlands/ })
    .fill('Beste {{name}}, maak een afspraak voor dossier {{reference}}.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('cell', { name: 'Afspraak nodig' }).click();
  await page.getByRole('textbox', { name: /^Titel/ }).waitFor();
  await expectAccessible(page, 'canned reply edit form');
  await page.getByLabel('Alleen voor mij').check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('cell', { name: 'Alleen ik' }).waitFor();
  expect(await db().cannedResponse.findFirstOrThrow({ where: { title: 'Afspraak nodig' } })).toMatchObject({
    ownerId: agent.id,
    bodyNl: 'Beste {{name}}, maak een afspraak voor dossier {{reference}}.',
  });
}, 90000);

test('each user writes their own signature under Mijn handtekening', async () => {
  const agent = await makeUser('agent', [], 'Jan Claes');
  const page = await signIn(harness, agent);
  await page.goto(`${harness.base}/admin/#/handtekening`);
  const field = page.getByTestId('signature-input');
  await field.waitFor();
  await expectAccessible(page, 'signature page');
  await field.fill('Jan Claes\nContactcenter Gemeente Testdorp\n050 00 00 00');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Handtekening bewaard').waitFor();
  expect((await db().user.findUniqueOrThrow({ where: { id: agent.id } })).signature).toBe(
    'Jan Claes\nContactcenter Gemeente Testdorp\n050 00 00 00',
  );
}, 60000);
