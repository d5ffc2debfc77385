import { generateSync } from 'otplib';
import { db } from '../../src/db';
import { makeUser, PASSWORD } from '../support/factories';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';

// An administrator's second factor in the console: the setup key in groups of four, the recovery codes shown once
// after the setup, signing in with one of them, new codes from "Mijn tweede factor", and a colleague's reset.
let harness: ConsoleHarness;

beforeAll(async () => {
  harness = await startConsole();
}, 60000);

/** A fresh browser at the login page, past the password. */
async function passwordStep(email: string) {
  const context = await harness.browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  await page.goto(`${harness.base}/admin/`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  return page;
}

test('an administrator sees the recovery codes once at the setup, and signs in with one of them later', async () => {
  const admin = await makeUser('admin', [], 'Rik Reserve', { totp: false });
  const page = await passwordStep(admin.email);
  await page.getByRole('heading', { name: 'Tweede factor instellen' }).waitFor();
  const shown = (await page.getByTestId('totp-secret').textContent())!;
  // in groups of four: "ABCD EFGH …", the key itself without the spaces
  expect(shown).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  await expectAccessible(page, 'Tweede factor instellen');
  const code = page.getByLabel('Code uit uw authenticator-app');
  await code.fill(generateSync({ secret: shown.replace(/ /g, '') }));
  await code.press('Enter');

  await page.getByRole('heading', { name: 'Uw herstelcodes' }).waitFor();
  const list = page.getByRole('list', { name: 'Herstelcodes' });
  const codes = (await list.getByRole('listitem').allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  await page.getByText('U ziet deze codes maar één keer').waitFor();
  await page.getByRole('button', { name: 'Kopiëren' }).waitFor();
  await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
  await expectAccessible(page, 'Herstelcodes na instellen');
  await page.getByRole('button', { name: 'Ik heb de codes bewaard, verder' }).click();
  await page.getByRole('menu').first().waitFor();
  // once only: after a reload the app opens, no codes in sight
  await page.reload();
  await page.getByRole('menu').first().waitFor();
  expect(await page.getByRole('list', { name: 'Herstelcodes' }).count()).toBe(0);

  // another day, the phone at home
  const later = await passwordStep(admin.email);
  await later.getByRole('button', { name: 'Telefoon niet bij de hand? Gebruik een herstelcode' }).click();
  const field = later.getByLabel('Herstelcode');
  await field.fill('aaaaa-bbbbb');
  await field.press('Enter');
  await later.getByText('Deze herstelcode klopt niet of is al gebruikt').waitFor();
  await expectAccessible(later, 'Aanmelden met herstelcode (fout)');
  await field.fill(codes[0].toUpperCase());
  await field.press('Enter');
  await later.getByRole('menu').first().waitFor();
  await later.getByText('Aangemeld met een herstelcode. U hebt er nog 9 over.').waitFor();
  expect(await db().recoveryCode.count({ where: { userId: admin.id, usedAt: null } })).toBe(9);

  // new codes from the account: the old ones stop working
  await later.getByRole('button', { name: /^Rik Reserve/ }).click();
  await later.getByRole('menuitem', { name: 'Mijn tweede factor' }).click();
  await later.getByText('Ongebruikte herstelcodes: 9').waitFor();
  await expectAccessible(later, 'Mijn tweede factor');
  await later.getByRole('button', { name: 'Nieuwe herstelcodes maken' }).click();
  await later.getByRole('button', { name: 'Bevestigen' }).click();
  const fresh = later.getByRole('list', { name: 'Herstelcodes' }).getByRole('listitem');
  await fresh.first().waitFor();
  const made = (await fresh.allTextContents()).map((c) => c.trim());
  expect(made).toHaveLength(10);
  expect(made).not.toContain(codes[1]);
  await later.getByText('Ongebruikte herstelcodes: 10').waitFor();
  await expectAccessible(later, 'Nieuwe herstelcodes');

  const third = await passwordStep(admin.email);
  await third.getByRole('button', { name: 'Telefoon niet bij de hand? Gebruik een herstelcode' }).click();
  await third.getByLabel('Herstelcode').fill(codes[1]);
  await third.getByLabel('Herstelcode').press('Enter');
  await third.getByText('Deze herstelcode klopt niet of is al gebruikt').waitFor();
});

test("an administrator resets a colleague's lost second factor from the user form, and it is in the audit log", async () => {
  const lost = await makeUser('admin', [], 'Lotte Verloren');
  const page = await signIn(harness, await makeUser('admin', [], 'Hans Helper'));
  await page.goto(`${harness.base}/admin/#/users/${lost.id}`);
  await page.getByRole('button', { name: 'Tweede factor resetten' }).click();
  await page.getByRole('dialog').getByText('Tweede factor van Lotte Verloren resetten?').waitFor();
  await expectAccessible(page, 'Tweede factor resetten (bevestigen)');
  await page.getByRole('dialog').getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByText('Tweede factor gereset').waitFor();
  // set up again at the next login, and the button is gone for now
  await page.getByRole('button', { name: 'Tweede factor resetten' }).waitFor({ state: 'detached' });
  expect((await db().user.findUniqueOrThrow({ where: { id: lost.id } })).totpEnabledAt).toBeNull();
  const entry = await db().auditEntry.findFirstOrThrow({ where: { entityId: lost.id }, include: { actorUser: true } });
  expect(entry.actorUser?.name).toBe('Hans Helper');

  const back = await passwordStep(lost.email);
  await back.getByRole('heading', { name: 'Tweede factor instellen' }).waitFor();
});
