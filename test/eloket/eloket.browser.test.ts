import type { Page } from 'playwright-core';
import { db } from '../../src/db';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { makeUser } from '../support/factories';
import { byId, byText, tabTo } from '../support/keyboard';
import { makeEloketWorld, PDF } from './world';

// The e-loket as its two people use it: a citizen on a phone (keyboard only, Dutch first) and an agent in the
// console; for a pick-up, the citizen again on the tracking page and then at the kiosk.
let harness: ConsoleHarness;
let world: Awaited<ReturnType<typeof makeEloketWorld>>;

// two or three people's screens in one journey take longer than jest's default
jest.setTimeout(120_000);

beforeAll(async () => {
  world = await makeEloketWorld();
  harness = await startConsole();
}, 60000);

/** The citizen's phone: a narrow screen, touch, Dutch. Script errors and CSP refusals fail the test. */
async function phone(path: string): Promise<{ page: Page; problems: string[] }> {
  const context = await harness.browser.newContext({
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => {
    if (
      msg.type() === 'error' &&
      /Content Security Policy|Refused/i.test(msg.text()) &&
      !/inline script/.test(msg.text())
    )
      problems.push(msg.text());
  });
  await page.goto(`${harness.base}${path}`);
  return { page, problems };
}

// (evaluated in the page: the tests' type-check has no DOM library)
const noHorizontalScroll = (page: Page) =>
  page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth');
const focusedId = (page: Page) => page.evaluate<string>('document.activeElement ? document.activeElement.id : ""');

test('a citizen requests a samenstelling van het gezin by email with the keyboard; the agent attaches the PDF and delivers; the citizen downloads it', async () => {
  const { page, problems } = await phone('/e-loket');
  await expectAccessible(page, 'e-loket: the documents');
  await expect(noHorizontalScroll(page)).resolves.toBe(true);
  // English is one link away, and back
  await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'E-loket: request documents' }).waitFor();
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await page.getByRole('heading', { name: 'E-loket: documenten aanvragen' }).waitFor();

  await tabTo(page, byText('Samenstelling van het gezin'), 'the document', { max: 10 });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Samenstelling van het gezin' }).waitFor();
  await expectAccessible(page, 'e-loket: the form');
  // the family member's questions are asked only for a family member
  await expect(page.locator('#answers-memberName').isVisible()).resolves.toBe(false);

  // sent empty: every problem at once, each next to its field and in a summary that gets the focus
  await tabTo(page, byText('Aanvraag versturen'), 'the send button', { max: 20 });
  await page.keyboard.press('Enter');
  await page.locator('#error-summary').waitFor();
  await expect(focusedId(page)).resolves.toBe('error-summary');
  // the summary says which field each message is about, and links to it
  await expect(page.locator('#error-summary li').first().innerText()).resolves.toBe(
    'Voor wie vraagt u het document aan?: Vul dit veld in.',
  );
  await expect(page.locator('#error-summary a').first().getAttribute('href')).resolves.toBe('#answers-forWhom');
  await expect(page.locator('#answers-purpose-error').innerText()).resolves.toBe('Vul dit veld in.');
  await expect(page.locator('#answers-purpose').getAttribute('aria-describedby')).resolves.toContain(
    'answers-purpose-error',
  );
  await expect(page.locator('#name-error').innerText()).resolves.toBe('Vul uw naam in.');
  await expect(page.locator('#delivery-error').innerText()).resolves.toBe('Kies hoe u het document wilt ontvangen.');
  expect(await db().documentRequest.count()).toBe(0);
  await expectAccessible(page, 'e-loket: the form with errors');

  // now filled in, with the keyboard only
  await tabTo(page, byId('answers-forWhom'), 'Voor wie', { max: 30 });
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#answers-forWhom').inputValue()).resolves.toBe('self');
  await tabTo(page, byId('answers-nationalRegisterNumber'), 'Uw rijksregisternummer', { max: 3 });
  await page.keyboard.type('85.07.30-033.28');
  await tabTo(page, byId('answers-purpose'), 'Waarvoor', { max: 3 });
  await page.keyboard.type('Kinderbijslag');
  await tabTo(page, byId('answers-documentLanguage'), 'Taal van het document', { max: 3 });
  await page.keyboard.press('ArrowDown');
  await tabTo(page, byId('delivery-email'), 'Per e-mail', { max: 3 });
  await page.keyboard.press('Space');
  await tabTo(page, byId('name'), 'Naam', { max: 5 });
  await page.keyboard.type('Marie Janssens');
  await tabTo(page, byId('email'), 'E-mailadres', { max: 3 });
  await page.keyboard.type('marie.janssens@example.be');
  await tabTo(page, byText('Aanvraag versturen'), 'the send button', { max: 4 });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Bedankt, we hebben uw aanvraag ontvangen' }).waitFor();
  const reference = (await page.locator('.ref').textContent())!.trim();
  await expectAccessible(page, 'e-loket: sent');
  await expect(noHorizontalScroll(page)).resolves.toBe(true);
  const trackingHref = (await page.getByRole('link', { name: 'Volg uw aanvraag' }).getAttribute('href'))!;
  const tracking = trackingHref.replace(/^https?:\/\/[^/]+/, '');
  const ticket = await db().ticket.findUniqueOrThrow({ where: { reference }, include: { documentRequest: true } });
  expect(ticket.channel).toBe('web');
  expect(ticket.documentRequest?.delivery).toBe('email');

  // the agent, at a second computer: the answers as a form on the ticket, the PDF, and deliver by email
  const agent = await signIn(harness, await makeUser('agent'));
  await agent.goto(`${harness.base}/admin/#/tickets/${ticket.id}/show`);
  const panel = agent.getByTestId('document-request');
  await panel.getByText('Aanvraag van een document: Samenstelling van het gezin').waitFor();
  await expect(panel.getByTestId('answer-nationalRegisterNumber').innerText()).resolves.toBe('85.07.30-033.28');
  await expect(panel.getByTestId('answer-forWhom').innerText()).resolves.toBe('Voor mezelf');
  await expectAccessible(agent, 'console: a document request');
  await panel.getByTestId('document-file').setInputFiles({
    name: 'samenstelling.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await panel.getByRole('link', { name: 'samenstelling.pdf' }).waitFor();
  await panel.getByRole('radio', { name: 'per e-mail (downloadlink)' }).check();
  await panel.getByRole('button', { name: 'Leveren' }).click();
  await panel.getByTestId('document-delivered').waitFor();
  await expect(panel.getByTestId('document-delivered').innerText()).resolves.toContain('De downloadlink werkt tot');
  // each step on the timeline, and the status update on its way
  await agent.getByText('Het voorbereide document werd toegevoegd').waitFor();
  await agent.getByText('Document geleverd: per e-mail (downloadlink)').waitFor();
  await expect(db().notification.count({ where: { ticketId: ticket.id, template: 'status_resolved' } })).resolves.toBe(
    1,
  );

  // the citizen downloads it from the tracking page
  await page.goto(`${harness.base}${tracking}`);
  await page.getByRole('heading', { name: 'Uw document: Samenstelling van het gezin' }).waitFor();
  await expectAccessible(page, 'tracking page with the document');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download uw document (pdf)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('samenstelling.pdf');
  const saved = await download.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(saved).equals(PDF)).toBe(true);
  const link = (await page.getByRole('link', { name: 'Download uw document (pdf)' }).getAttribute('href'))!;

  // an expired link: a clear page (410) in Dutch, with the way to English
  await db().documentRequest.update({
    where: { ticketId: ticket.id },
    data: { downloadExpiresAt: new Date(Date.now() - 60_000) },
  });
  const gone = await page.goto(`${harness.base}${link}`);
  expect(gone!.status()).toBe(410);
  await page.getByRole('heading', { name: 'Deze downloadlink is verlopen' }).waitFor();
  await expectAccessible(page, 'expired download link');
  await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'This download link has expired' }).waitFor();
  expect(problems).toEqual([]);
  await agent.context().close();
  await page.context().close();
});

test('a pick-up: the agent marks it ready, the citizen books an afhalen time, and the kiosk knows what they come for', async () => {
  const { page, problems } = await phone('/e-loket/attest-van-woonst');
  await page.locator('#answers-forWhom').selectOption('family');
  // the family member's questions appear, and the birth date is asked
  await page.locator('#answers-memberName').waitFor();
  await page.locator('#answers-nationalRegisterNumber').fill('85073003328');
  await page.locator('#answers-memberName').fill('Lotte Janssens');
  await page.locator('#answers-memberBirthDate').fill('2015-03-02');
  await page.locator('#answers-purpose').fill('School');
  await page.locator('#answers-documentLanguage').selectOption('nl');
  await page.locator('#delivery-pickup').check();
  await page.locator('#name').fill('Koen Janssens');
  await page.locator('#email').fill('koen.janssens@example.be');
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await page.getByRole('heading', { name: 'Bedankt, we hebben uw aanvraag ontvangen' }).waitFor();
  const reference = (await page.locator('.ref').textContent())!.trim();
  // the link carries PUBLIC_URL (the town's address); here the same path on the test server
  const href = (await page.getByRole('link', { name: 'Volg uw aanvraag' }).getAttribute('href'))!;
  const tracking = new URL(href).pathname;
  await page.goto(`${harness.base}${tracking}`);
  await page.getByText('We maken uw document klaar.').waitFor();
  const ticket = await db().ticket.findUniqueOrThrow({ where: { reference } });

  const agent = await signIn(harness, await makeUser('agent'));
  await agent.goto(`${harness.base}/admin/#/tickets/${ticket.id}/show`);
  const panel = agent.getByTestId('document-request');
  await expect(panel.getByTestId('answer-memberName').innerText()).resolves.toBe('Lotte Janssens');
  await panel.getByRole('radio', { name: 'afhalen aan het loket' }).check();
  await panel.getByRole('button', { name: 'Leveren' }).click();
  await panel.getByTestId('document-delivered').waitFor();
  await agent.getByText('Document ligt klaar om af te halen; de burger kan een moment kiezen').waitFor();

  // the citizen chooses a time of the afhalen product on the tracking page
  await page.goto(`${harness.base}${tracking}`);
  await page.getByText('Uw document ligt klaar om af te halen aan het loket.').waitFor();
  await expectAccessible(page, 'tracking page: choose a time to pick up');
  // not the first time offered: it may begin while this test runs, and then it is no longer free
  await page.getByLabel('Moment om af te halen').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Dit moment kiezen' }).click();
  await page.getByText(/U komt uw document afhalen op .* Meld u aan de zuil aan met de code/).waitFor();
  const appointment = await db().appointment.findFirstOrThrow({ where: { ticketId: ticket.id } });
  expect(appointment.serviceId).toBe(world.serviceId);
  // the citizen arrives a few minutes before the time (the first free time may be later today or another day)
  const soon = new Date(Date.now() + 5 * 60_000);
  await db().appointment.update({
    where: { id: appointment.id },
    data: {
      startsAt: soon,
      endsAt: new Date(soon.getTime() + 300_000),
      blockedUntil: new Date(soon.getTime() + 300_000),
    },
  });

  // the kiosk, a third screen: the code, a number, and which document waits
  const kiosk = await harness.browser.newPage({ locale: 'nl-BE', viewport: { width: 1280, height: 1024 } });
  kiosk.setDefaultTimeout(20000);
  await kiosk.goto(`${harness.base}/kiosk?device=${world.kioskToken}`);
  await kiosk.getByRole('button', { name: 'Ik heb een afspraak' }).click();
  await kiosk.getByLabel('Afspraakcode', { exact: true }).fill(appointment.code);
  await kiosk.getByRole('button', { name: 'Aanmelden' }).click();
  await kiosk.getByTestId('kiosk-number').waitFor();
  await expect(kiosk.getByTestId('kiosk-number').innerText()).resolves.toMatch(/^D\d{3}$/);
  await expect(kiosk.getByTestId('kiosk-document').innerText()).resolves.toBe(
    `U komt uw document afhalen: Attest van woonst (${reference}). Het ligt voor u klaar.`,
  );
  await expectAccessible(kiosk, 'kiosk: a document to pick up', { strictCsp: true });
  await agent.reload();
  await agent.getByText('De burger meldde zich aan de zuil aan om het document af te halen').waitFor();
  expect(problems).toEqual([]);
  await kiosk.close();
  await agent.context().close();
  await page.context().close();
});

test('a citizen signed in with the town login finds the form filled in (GET /api/public/me); without it the form stays empty', async () => {
  // anonymous: this branch has no /api/public/me (404), and the page works as it is
  const anonymous = await phone('/e-loket/attest-van-leven');
  await anonymous.page.locator('#name').waitFor();
  await expect(anonymous.page.locator('#name').inputValue()).resolves.toBe('');
  expect(anonymous.problems).toEqual([]);
  await anonymous.page.context().close();

  // signed in: the login's answer (the contract with the citizen-login feature), given here at the network edge
  const context = await harness.browser.newContext({ locale: 'nl-BE', viewport: { width: 375, height: 740 } });
  await context.route('**/api/public/me', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        name: 'Marie Janssens',
        email: 'marie.janssens@example.be',
        phone: '+32470123456',
        nationalRegisterNumber: '85.07.30-033.28',
      }),
    }),
  );
  const page = await context.newPage();
  await page.goto(`${harness.base}/e-loket/attest-van-leven`);
  await page.waitForFunction('document.getElementById("name").value !== ""');
  await expect(page.locator('#name').inputValue()).resolves.toBe('Marie Janssens');
  await expect(page.locator('#email').inputValue()).resolves.toBe('marie.janssens@example.be');
  await expect(page.locator('#phone').inputValue()).resolves.toBe('+32470123456');
  await expect(page.locator('#answers-nationalRegisterNumber').inputValue()).resolves.toBe('85.07.30-033.28');
  await context.close();
});

test('an administrator keeps the catalogue; an agent records a request for a citizen at the counter', async () => {
  const admin = await signIn(harness, await makeUser('admin'));
  await admin.getByRole('menuitem', { name: 'E-loket: documenten' }).click();
  await admin.getByText('samenstelling-van-het-gezin').waitFor();
  await expectAccessible(admin, 'console: e-loket documents');
  await admin.getByText('samenstelling-van-het-gezin').click();
  const fee = admin.getByLabel('Kostprijs');
  await fee.waitFor();
  await expectAccessible(admin, 'console: a document type');
  await fee.fill('€ 2');
  await admin.getByRole('button', { name: 'Opslaan' }).click();
  await admin.getByText('samenstelling-van-het-gezin').waitFor();
  await expect(
    db()
      .documentType.findUniqueOrThrow({ where: { code: 'samenstelling-van-het-gezin' } })
      .then((t) => t.feeNote),
  ).resolves.toBe('€ 2');
  await admin.context().close();

  const agent = await signIn(harness, await makeUser('agent'));
  await agent.getByRole('menuitem', { name: 'Nieuwe documentaanvraag' }).click();
  await agent.getByRole('heading', { name: 'Nieuwe documentaanvraag', level: 1 }).waitFor();
  await expectAccessible(agent, 'console: new document request');
  await agent.getByRole('combobox', { name: 'Document' }).click();
  await agent.getByRole('option', { name: 'Attest van leven' }).click();
  await agent.getByLabel('Uw rijksregisternummer').fill('85073003328');
  await agent.getByRole('radio', { name: 'afhalen aan het loket' }).check();
  await agent.getByLabel('Naam van de burger').fill('Jef Peeters');
  await agent.getByLabel('Telefoonnummer').fill('0470 11 22 33');
  // a question left open: the server names it next to the field, nothing is stored
  await agent.getByRole('button', { name: 'Nieuwe documentaanvraag' }).click();
  await agent.getByText('Vul dit veld in.').first().waitFor();
  await expectAccessible(agent, 'console: new document request with errors');
  expect(await db().ticket.count({ where: { channel: 'counter' } })).toBe(0);
  await agent.getByLabel('Waarvoor hebt u het nodig?').fill('Pensioen');
  await agent.getByRole('combobox', { name: 'Taal van het document' }).click();
  await agent.getByRole('option', { name: 'Duits' }).click();
  await agent.getByRole('button', { name: 'Nieuwe documentaanvraag' }).click();
  await agent.getByTestId('document-request').waitFor();
  await expect(agent.getByTestId('answer-documentLanguage').innerText()).resolves.toBe('Duits');
  const ticket = await db().ticket.findFirstOrThrow({ where: { channel: 'counter' } });
  expect(agent.url()).toContain(ticket.id);
  await agent.context().close();
});
