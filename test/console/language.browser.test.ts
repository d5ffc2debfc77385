import { makeUser } from '../support/factories';
import { signIn, startConsole, type ConsoleHarness } from '../support/console';
import { db } from '../../src/db';
import { eventually } from '../support/wait';

let harness: ConsoleHarness;

beforeAll(async () => {
  harness = await startConsole();
}, 60000);

test('an agent switches to English, signs out, and a fresh browser opens the console in English', async () => {
  const agent = await makeUser('agent', [], 'Sofie Peeters');
  const page = await signIn(harness, agent);
  await page.getByRole('menuitem', { name: 'Tickets' }).first().waitFor();

  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByRole('button', { name: 'English' }).waitFor();
  await eventually(
    async () => (await db().user.findUniqueOrThrow({ where: { id: agent.id } })).language === 'en',
    10000,
    'the language stored on the user',
  );

  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await page.getByRole('button', { name: /sign in|aanmelden/i }).waitFor();
  await page.context().close();

  const fresh = await signIn(harness, agent);
  await fresh.getByRole('button', { name: 'English' }).waitFor();
  await fresh.getByRole('menuitem', { name: 'Contacts' }).waitFor();
  await fresh.context().close();
}, 120000);
