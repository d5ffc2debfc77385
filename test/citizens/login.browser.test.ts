import { PORTS } from './loginEnv';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveApp, openWatched } from '../support/browser';
import { expectAccessible } from '../support/console';
import { onTeardown } from '../support/teardown';
import { submitWebForm } from '../../src/channels/web/submit';
import { BURGER, startProvider, type TestProvider } from '../support/oidc';
import { makeEloketWorld } from '../eloket/world';
import { eventually } from '../support/wait';

// A citizen logs in from the contact form through the provider's own login and consent pages (oidc-provider, started
// here) in a real Chromium, finds two earlier cases in Mijn dossiers, opens one, finds the contact form and the
// e-loket form filled in from the login (national-register number included), sends a request that Mijn dossiers lists,
// and logs out;
// axe-core checks every page of Voordeur on the way.
let browser: Browser;
let base: string;
let provider: TestProvider;
let byEmail: string;
let whileLoggedIn: string;
let someoneElse: string;

beforeAll(async () => {
  provider = await startProvider(PORTS.issuerPort);
  onTeardown(() => provider.stop());
  const served = await serveApp(PORTS.appPort);
  base = served.base;
  browser = await launchChromium();
  await makeEloketWorld();
  onTeardown(() => new Promise((r) => served.server.close(r)));
  onTeardown(() => browser.close());
  // earlier: one anonymous case with the address the provider verifies, one sent while logged in (another address)
  byEmail = (
    await submitWebForm(
      {
        subject: 'Losliggende stoeptegel',
        message: 'Aan de kerk ligt een tegel los.',
        email: BURGER.email,
        language: 'nl',
      },
      [],
    )
  ).reference;
  whileLoggedIn = (
    await submitWebForm(
      {
        subject: 'Vraag over mijn parkeerkaart',
        message: 'Wanneer komt ze?',
        email: 'an.werk@example.be',
        language: 'nl',
      },
      [],
      undefined,
      `${provider.issuer} burger`,
    )
  ).reference;
  someoneElse = (
    await submitWebForm(
      { subject: 'Zaak van iemand anders', message: 'Niet voor An.', email: 'bart.claes@example.be', language: 'nl' },
      [],
    )
  ).reference;
}, 60000);

const open = (path: string) => openWatched(browser, `${base}${path}`);

/** The form's script fills the fields in from GET /api/public/me after the page loaded: wait for it. */
async function expectFilled(page: Page, selector: string, value: string) {
  await eventually(
    async () => ((await page.locator(selector).inputValue()) === value ? true : undefined),
    5000,
    `${selector} filled in with ${value}`,
  );
}

test('log in at the provider, see two earlier cases in Mijn dossiers, a pre-filled form, and log out', async () => {
  const { page, problems } = await open('/contact');
  // anonymous: an empty form, and a way to log in in the header
  expect(await page.locator('#name').inputValue()).toBe('');
  await page.getByRole('link', { name: 'Aanmelden' }).click();

  // the provider's own pages (its development login and consent)
  await page.waitForURL(`${provider.issuer}/**`);
  await page.locator('input[name="login"]').fill('burger');
  await page.locator('input[name="password"]').fill('geheim');
  await page.locator('button[type="submit"]').click();
  await page.locator('button', { hasText: 'Continue' }).click();

  // back on the page where they clicked, filled in from the login
  await page.waitForURL(`${base}/contact`);
  expect(await page.locator('#name').inputValue()).toBe('An Peeters');
  await page.getByRole('link', { name: 'Mijn dossiers' }).click();
  await page.waitForURL(`${base}/mijn-dossiers`);
  await page.getByRole('heading', { level: 1, name: 'Mijn dossiers' }).waitFor();
  await page.getByText('U bent aangemeld als An Peeters.').waitFor();
  const cases = page.getByRole('table');
  await cases.getByRole('link', { name: byEmail }).waitFor();
  await cases.getByRole('link', { name: whileLoggedIn }).waitFor();
  expect(await cases.getByRole('row').count()).toBe(3);
  expect(await page.content()).not.toContain(someoneElse);
  await expectAccessible(page, 'Mijn dossiers');

  // one case, in the public view of the tracking page
  await cases.getByRole('link', { name: byEmail }).click();
  await page.getByRole('heading', { level: 1, name: /Losliggende stoeptegel/ }).waitFor();
  await page.getByText('Aan de kerk ligt een tegel los.').waitFor();
  await expectAccessible(page, 'a case in Mijn dossiers');
  await page.getByRole('link', { name: 'Terug naar Mijn dossiers' }).click();

  // a case that is not theirs is not found, and says so accessibly
  await page.goto(`${base}/mijn-dossiers/${someoneElse}`);
  await page.getByRole('heading', { level: 1, name: 'Dossier niet gevonden' }).waitFor();
  await expectAccessible(page, 'another citizen’s case in Mijn dossiers');
  await page.getByRole('link', { name: 'Terug naar Mijn dossiers' }).click();

  // the contact form, filled in from the login
  await page.getByRole('link', { name: 'Een nieuwe vraag stellen' }).click();
  await page.waitForURL(`${base}/contact`);
  expect(await page.locator('#name').inputValue()).toBe('An Peeters');
  expect(await page.locator('#email').inputValue()).toBe(BURGER.email);
  await expectAccessible(page, 'the contact form, logged in');

  // the e-loket's request form, filled in from the login's claims (the national-register number included), sent, and
  // then in Mijn dossiers under the document's name
  await page.goto(`${base}/mijn-dossiers`);
  await page.getByRole('link', { name: 'Een document aanvragen' }).click();
  await page.getByRole('link', { name: 'Samenstelling van het gezin' }).click();
  await expectFilled(page, '#name', 'An Peeters');
  await expectFilled(page, '#email', BURGER.email);
  await expectFilled(page, '#answers-nationalRegisterNumber', '85073003328');
  await expectAccessible(page, 'the e-loket form, logged in');
  await page.locator('#answers-forWhom').selectOption('self');
  await page.locator('#answers-purpose').fill('Kinderbijslag');
  await page.locator('#answers-documentLanguage').selectOption('nl');
  await page.locator('#delivery-email').check();
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
  const reference = (await page.locator('.ref').textContent())!.trim();
  await page.goto(`${base}/mijn-dossiers`);
  const row = page.getByRole('row', { name: new RegExp(reference) });
  await row.getByText('Samenstelling van het gezin').waitFor();

  // in English too
  await page.goto(`${base}/mijn-dossiers?lang=en`);
  await page.getByRole('heading', { level: 1, name: 'My cases' }).waitFor();
  await expectAccessible(page, 'Mijn dossiers in English');

  // logging out ends it here and at the provider
  await page.goto(`${base}/mijn-dossiers`);
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.waitForURL(`${provider.issuer}/**`);
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await page.waitForURL(`${base}/afmelden/klaar`);
  await page.getByRole('heading', { level: 1, name: 'U bent afgemeld' }).waitFor();
  await expectAccessible(page, 'logged out');
  await page.goto(`${base}/contact`);
  expect(await page.locator('#name').inputValue()).toBe('');
  await page.getByRole('link', { name: 'Aanmelden' }).waitFor();
  expect(problems).toEqual([]);
  await page.close();
}, 90000);

test('a forged answer at the login address is a readable 400 page', async () => {
  const { page, problems } = await open('/aanmelden/terug?code=forged&state=forged');
  await page.getByRole('heading', { level: 1, name: 'Aanmelden is niet gelukt' }).waitFor();
  await expectAccessible(page, 'a refused login');
  await page.getByRole('link', { name: 'Opnieuw aanmelden' }).waitFor();
  expect(problems).toEqual([]);
  await page.close();
});
