import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveApp } from '../support/browser';
import { expectAccessible } from '../support/console';
import { onTeardown } from '../support/teardown';
import { intake } from '../../src/intake/intake';
import { makeDepartment } from '../support/factories';

let browser: Browser;
let base: string;

beforeAll(async () => {
  const served = await serveApp();
  base = served.base;
  browser = await launchChromium();
  onTeardown(() => new Promise((r) => served.server.close(r)));
  onTeardown(() => browser.close());
}, 60000);

/** A phone-sized page, as the citizen who reported "nothing seemed to happen" used. */
async function phonePage(path: string): Promise<Page> {
  const page = await browser.newPage({
    locale: 'nl-BE',
    viewport: { width: 375, height: 700 },
    isMobile: true,
    hasTouch: true,
  });
  page.setDefaultTimeout(20000);
  await page.goto(`${base}${path}`);
  return page;
}
const focusedId = (page: Page) => page.locator('html').evaluate((el) => el.ownerDocument.activeElement?.id ?? '');

test('the contact form sent empty tells every problem in one round, "email or phone" included, with focus on the summary', async () => {
  const page = await phonePage('/contact');
  // optional fields say so, the same way
  for (const label of ['Naam (optioneel)', 'Waarover gaat het? (optioneel)', 'Adres of plaats (optioneel)'])
    await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
  await page.getByRole('button', { name: 'Versturen' }).click();
  await page.waitForURL(/\/contact/);
  const summary = page.locator('#error-summary');
  await expect(summary.locator('li').allInnerTexts()).resolves.toEqual([
    'Geef een e-mailadres of een telefoonnummer, zodat we u kunnen antwoorden.',
    'Vul een onderwerp in.',
    'Vul uw bericht in.',
  ]);
  await expect(focusedId(page)).resolves.toBe('error-summary');
  // each message also stands at its field, and the language switch is still there
  await expect(page.locator('#email-error').innerText()).resolves.toContain('e-mailadres of een telefoonnummer');
  await expect(page.locator('#subject-error').innerText()).resolves.toBe('Vul een onderwerp in.');
  await expect(page.getByRole('link', { name: 'English' }).count()).resolves.toBe(1);
  await expect(page.locator('link[rel="icon"]').getAttribute('href')).resolves.toBe('/favicon.svg');
  await expectAccessible(page, 'contact form with errors');
  await page.close();
});

test('the tracking page moves focus to the error summary when a message is refused, and keeps the language switch', async () => {
  const dept = await makeDepartment('Openbare Werken');
  const made = await intake({
    channel: 'web',
    contact: { name: 'Marie Janssens', email: 'marie@example.be' },
    subject: 'Losse tegel',
    body: 'Aan de bakker.',
    departmentId: dept.id,
    acknowledge: false,
  });
  const page = await phonePage(`/volg/${made.trackingToken}`);
  await expect(page.getByLabel('Foto’s of documenten (optioneel)').count()).resolves.toBe(1);
  await page.getByRole('button', { name: 'Toevoegen aan mijn dossier' }).click();
  await page.waitForURL(/\/volg\//);
  await expect(page.locator('#error-summary').innerText()).resolves.toContain('Schrijf uw bericht');
  await expect(focusedId(page)).resolves.toBe('error-summary');
  await expect(page.getByRole('link', { name: 'English' }).count()).resolves.toBe(1);
  await expectAccessible(page, 'tracking page with errors');

  // a link that is no longer valid: a page in Dutch, with the way to English and the icon
  await page.goto(`${base}/volg/bestaat-niet`);
  await expect(page.locator('h1').innerText()).resolves.toBe('Dossier niet gevonden');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('h1').innerText()).resolves.toBe('Case not found');
  const icon = await page.request.get(`${base}/favicon.ico`);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  await page.close();
});
