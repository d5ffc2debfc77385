import { createHash } from 'node:crypto';
import { db } from '../../src/db';
import { makeDepartment, makeUser } from '../support/factories';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { eventually } from '../support/wait';

// An administrator's pages about channels and access: Mailboxen, Quarantaine, Berichtsjablonen, API-sleutels,
// Apparaten, the audit log and "Mijn sessies".
let harness: ConsoleHarness;

beforeAll(async () => {
  harness = await startConsole();
}, 60000);

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

test('an administrator connects a mailbox, and handles a quarantined message without a ticket', async () => {
  const dept = await makeDepartment('Burgerzaken');
  const page = await signIn(harness, await makeUser('admin', [], 'Ann Admin'));
  await page.getByRole('menuitem', { name: 'Mailboxen' }).click();
  await page.getByRole('link', { name: 'Nieuw' }).first().waitFor();
  await expectAccessible(page, 'Mailboxen (leeg)');
  await page.getByRole('link', { name: 'Nieuw' }).first().click();
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Onthaal');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill('onthaal@testdorp.example');
  await page.getByRole('textbox', { name: 'IMAP-server' }).fill('imap.testdorp.example');
  await page.getByRole('textbox', { name: 'Gebruikersnaam' }).fill('onthaal');
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill('geheim wachtwoord');
  await page.getByRole('combobox', { name: 'Standaarddienst' }).click();
  await page.getByRole('option', { name: 'Burgerzaken' }).click();
  await expectAccessible(page, 'Mailbox aanmaken');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  // saved, it opens for editing, with the connection test
  await page.getByTestId('mailbox-test').waitFor();
  await expectAccessible(page, 'Mailbox bewerken');
  const mailbox = await db().mailbox.findFirstOrThrow({ where: { name: 'Onthaal' } });
  await page.getByRole('menuitem', { name: 'Mailboxen' }).click();
  await page.getByRole('cell', { name: 'onthaal@testdorp.example' }).waitFor();
  await expectAccessible(page, 'Mailboxen');
  expect(mailbox).toMatchObject({
    address: 'onthaal@testdorp.example',
    imapHost: 'imap.testdorp.example',
    defaultDepartmentId: dept.id,
  });
  expect(Object.values(mailbox).map(String)).not.toContain('geheim wachtwoord'); // stored sealed

  const held = await db().quarantinedEmail.create({
    data: {
      mailboxId: mailbox.id,
      fromAddress: 'spam@elders.example',
      subject: 'Win een reis',
      size: 2048,
      reason: 'too_large',
    },
  });
  await page.getByRole('menuitem', { name: /Quarantaine/ }).click();
  await page.getByRole('cell', { name: 'Win een reis' }).click();
  await page.getByTestId('quarantine-dismiss').waitFor();
  await expectAccessible(page, 'Quarantaine: bericht');
  await page.getByTestId('quarantine-dismiss').click();
  await page.getByRole('dialog').waitFor();
  await expectAccessible(page, 'Quarantaine: afhandelen zonder ticket (bevestigen)');
  await page.getByRole('dialog').getByRole('button').last().click();
  await eventually(
    async () =>
      (await db().quarantinedEmail.findUniqueOrThrow({ where: { id: held.id } })).status !== 'held' || undefined,
    10000,
    'dismissed',
  );
  await page.goto(`${harness.base}/admin/#/quarantine`);
  await page.getByRole('heading').first().waitFor();
  await expectAccessible(page, 'Quarantaine');
}, 120000);

test('an administrator rewrites the "resolved" status message and sees it filled in before saving', async () => {
  const page = await signIn(harness, await makeUser('admin', [], 'Bart Admin'));
  await page.getByRole('menuitem', { name: 'Berichtsjablonen' }).click();
  await page.getByRole('cell', { name: 'Afgehandeld' }).first().waitFor();
  await expectAccessible(page, 'Berichtsjablonen');
  await page.goto(`${harness.base}/admin/#/notification-templates/status_resolved.nl`);
  const subject = page.getByRole('textbox', { name: 'Onderwerp' });
  await subject.fill('Dossier {{reference}} is rond');
  // the preview fills in the sample values as typed, before anything is saved
  await page.getByTestId('preview-subject').getByText('Dossier VD-4821-9377 is rond').waitFor();
  await expectAccessible(page, 'Berichtsjabloon bewerken (voorbeeld)');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const stored = await eventually(
    () => db().notificationTemplate.findUnique({ where: { key_language: { key: 'status_resolved', language: 'nl' } } }),
    10000,
    'the template stored',
  );
  expect(stored.subject).toBe('Dossier {{reference}} is rond');
}, 120000);

test('an administrator makes an API key (shown once, copied), then revokes it', async () => {
  const page = await signIn(harness, await makeUser('admin', [], 'Carl Admin'));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.base });
  await page.getByRole('menuitem', { name: 'API-sleutels' }).click();
  await page.getByTestId('api-keys-intro').waitFor();
  await expectAccessible(page, 'API-sleutels (leeg)');
  await page.getByRole('link', { name: 'Nieuw' }).first().click();
  await page.getByRole('textbox', { name: 'Naam (app of partner)' }).fill('Fixmystreet');
  await expectAccessible(page, 'API-sleutel aanmaken');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  const key = await page.getByTestId('api-key-value').inputValue();
  const stored = await db().apiKey.findFirstOrThrow({ where: { name: 'Fixmystreet' } });
  expect(stored.keyHash).toBe(sha256(key)); // the key shown is the one that works; only its hash is kept
  await expectAccessible(page, 'API-sleutel: eenmalig getoond');
  await page.getByTestId('api-key-value-copy').click();
  await eventually(
    async () =>
      (await page.evaluate(() =>
        (
          globalThis as unknown as { navigator: { clipboard: { readText: () => Promise<string> } } }
        ).navigator.clipboard.readText(),
      )) === key || undefined,
    5000,
    'the key on the clipboard',
  );
  await page.getByTestId('api-key-done').click();

  // once closed, the key is gone from the page; the list shows only its prefix
  await page.getByRole('cell', { name: 'Fixmystreet' }).waitFor();
  expect(await page.content()).not.toContain(key);
  await page.getByTestId('api-key-revoke').click();
  await page.getByRole('dialog').waitFor();
  await expectAccessible(page, 'API-sleutel intrekken (bevestigen)');
  await page.getByRole('dialog').getByRole('button').last().click();
  await page.getByTestId('api-key-revoked').waitFor();
  expect((await db().apiKey.findUniqueOrThrow({ where: { id: stored.id } })).revokedAt).not.toBeNull();
  await expectAccessible(page, 'API-sleutels');
}, 120000);

test('an administrator sets up a waiting-room screen (its address shown once), then revokes it', async () => {
  const location = await db().location.create({ data: { name: 'Stadhuis' } });
  const page = await signIn(harness, await makeUser('admin', [], 'Dirk Admin'));
  await page.getByRole('menuitem', { name: 'Apparaten' }).click();
  await page.getByTestId('devices-intro').waitFor();
  await expectAccessible(page, 'Apparaten (leeg)');
  await page.getByRole('link', { name: 'Nieuw' }).first().click();
  await page.getByRole('textbox', { name: 'Naam' }).fill('Scherm wachtzaal 1');
  await page.getByRole('radio', { name: 'Scherm in de wachtzaal' }).check();
  await page.getByRole('combobox', { name: 'Locatie' }).click();
  await page.getByRole('option', { name: 'Stadhuis' }).click();
  await expectAccessible(page, 'Apparaat aanmaken');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  const token = await page.getByTestId('device-token').inputValue();
  expect(await page.getByTestId('device-url').inputValue()).toContain(token);
  const stored = await db().device.findFirstOrThrow({ where: { name: 'Scherm wachtzaal 1' } });
  expect(stored).toMatchObject({ kind: 'screen', locationId: location.id, tokenHash: sha256(token) });
  await expectAccessible(page, 'Apparaat: eenmalig getoond');
  await page.getByTestId('device-done').click();

  await page.getByRole('cell', { name: 'Scherm wachtzaal 1' }).waitFor();
  expect(await page.content()).not.toContain(token);
  await page.getByTestId('device-revoke').click();
  await page.getByRole('dialog').waitFor();
  await expectAccessible(page, 'Apparaat intrekken (bevestigen)');
  await page.getByRole('dialog').getByRole('button').last().click();
  await page.getByTestId('device-revoked').waitFor();
  expect((await db().device.findUniqueOrThrow({ where: { id: stored.id } })).revokedAt).not.toBeNull();
  await expectAccessible(page, 'Apparaten');
}, 120000);

test('an administrator reads the audit log, and ends their session on another computer from "Mijn sessies"', async () => {
  const admin = await makeUser('admin', [], 'Eva Admin');
  const elsewhere = await signIn(harness, admin);
  const page = await signIn(harness, admin);
  await page.getByRole('menuitem', { name: 'Auditlog' }).click();
  await page.getByRole('table').waitFor();
  await expectAccessible(page, 'Auditlog');

  // the user menu: its button is named after the person, as shown
  await page.getByRole('button', { name: /^Eva Admin/ }).click();
  await page.getByRole('menuitem', { name: 'Mijn sessies' }).waitFor();
  await expectAccessible(page, 'Gebruikersmenu (open)');
  await page.getByRole('menuitem', { name: 'Mijn sessies' }).click();
  const others = page
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: 'Beëindigen' }) })
    .filter({ hasNotText: 'Deze sessie' });
  await others.first().waitFor();
  expect(await db().session.count({ where: { userId: admin.id } })).toBe(2);
  await expectAccessible(page, 'Mijn sessies');
  await others.first().getByRole('button', { name: 'Beëindigen' }).click();
  await page.getByRole('dialog').waitFor();
  await expectAccessible(page, 'Sessie beëindigen (bevestigen)');
  await page.getByRole('dialog').getByRole('button').last().click();
  await eventually(
    async () => (await db().session.count({ where: { userId: admin.id } })) === 1 || undefined,
    10000,
    'one session left',
  );
  // the other computer is signed out: its next request is refused and it shows the sign-in form
  await elsewhere.reload();
  await elsewhere.getByRole('button', { name: 'Aanmelden' }).waitFor();
}, 120000);
