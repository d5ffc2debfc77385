import type { Page } from 'playwright-core';
import { makeDepartment, makeTicket, makeUser } from '../support/factories';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';

// Two agents at two computers, each with the console open: what one does shows up at the other's without a reload.
let harness: ConsoleHarness;

beforeAll(async () => {
  harness = await startConsole();
}, 60000);

const showTicket = (page: Page, id: string) => page.goto(`${harness.base}/admin/#/tickets/${id}/show`);
const rowOf = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

test("Jan's status change, a new ticket, and Jan viewing and typing show up at Sofie's without a reload", async () => {
  const dept = await makeDepartment('Openbare Werken');
  const jan = await makeUser('agent', [], 'Jan Peeters');
  const sofie = await makeUser('agent', [], 'Sofie Claes');
  const ticket = await makeTicket({ departmentId: dept.id, subject: 'Put in het fietspad', name: 'Marie Janssens' });

  // Sofie: the ticket list in one page, the ticket in another (same browser, same session)
  const sofieList = await signIn(harness, sofie);
  await sofieList.getByRole('menuitem', { name: /Tickets$/ }).click();
  await rowOf(sofieList, 'Put in het fietspad').getByText('Nieuw').waitFor();
  const sofieTicket = await sofieList.context().newPage();
  sofieTicket.setDefaultTimeout(20000);
  await showTicket(sofieTicket, ticket.id);
  await sofieTicket.getByRole('heading', { name: 'Put in het fietspad' }).waitFor();

  // Jan opens the same ticket: Sofie sees him there, on the page and in the list
  const janPage = await signIn(harness, jan);
  await showTicket(janPage, ticket.id);
  await janPage.getByRole('heading', { name: 'Put in het fietspad' }).waitFor();
  await sofieTicket.getByText('Jan Peeters bekijkt dit ticket').waitFor();
  await rowOf(sofieList, 'Put in het fietspad').getByRole('img', { name: 'Jan Peeters bekijkt dit ticket' }).waitFor();
  // Jan does not see himself; he does see Sofie
  await janPage.getByText('Sofie Claes bekijkt dit ticket').waitFor();
  expect(await janPage.getByText('Jan Peeters bekijkt dit ticket').count()).toBe(0);
  await expectAccessible(sofieTicket, 'ticket page with a colleague viewing');
  await expectAccessible(sofieList, 'ticket list with a colleague on a ticket');

  // Jan starts typing a reply: Sofie sees it, and what she is typing herself stays
  await sofieTicket.getByTestId('note-input').fill('Mijn eigen notitie, nog niet bewaard');
  await janPage.getByTestId('reply-input').pressSequentially('Beste mevrouw Janssens');
  await sofieTicket.getByText('Jan Peeters typt een antwoord').waitFor();
  await expectAccessible(sofieTicket, 'ticket page with a colleague typing');

  // Jan changes the status: Sofie's ticket page and list follow
  await janPage
    .getByRole('group', { name: /status/i })
    .getByRole('button', { name: 'Wacht op burger' })
    .click();
  await sofieTicket.locator('header').filter({ hasText: 'Put in het fietspad' }).getByText('Wacht op burger').waitFor();
  await sofieTicket.getByRole('button', { name: 'Wacht op burger', pressed: true }).waitFor();
  await rowOf(sofieList, 'Put in het fietspad').getByText('Wacht op burger').waitFor();
  expect(await sofieTicket.getByTestId('note-input').inputValue()).toBe('Mijn eigen notitie, nog niet bewaard');

  // a citizen submits the contact form: it appears in Sofie's open list, and her other page counts it in the menu
  const res = await fetch(`${harness.base}/api/public/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Luc Vermeulen',
      email: 'luc@example.be',
      subject: 'Zwerfvuil aan de kerk',
      message: 'Er ligt veel afval.',
    }),
  });
  expect(res.status).toBe(201);
  await rowOf(sofieList, 'Zwerfvuil aan de kerk').waitFor();
  await sofieTicket
    .getByTestId('tickets-new-count')
    .filter({ hasText: '1 nieuw ticket' })
    .waitFor({ state: 'attached' });
  await expectAccessible(sofieTicket, 'menu counting a new ticket');
  // looking at the list clears the count
  await sofieTicket.getByRole('menuitem', { name: /Tickets$/ }).click();
  await rowOf(sofieTicket, 'Zwerfvuil aan de kerk').waitFor();
  await sofieTicket.getByTestId('tickets-new-count').waitFor({ state: 'detached' });

  // Jan leaves the ticket: Sofie's list no longer shows him on it
  await janPage.getByRole('menuitem', { name: /Tickets$/ }).click();
  await rowOf(sofieList, 'Put in het fietspad')
    .getByRole('img', { name: /Jan Peeters/ })
    .waitFor({ state: 'detached' });
}, 120000);

test('the tone and the browser notification for new tickets are off until the agent switches them on, per browser', async () => {
  const agent = await makeUser('agent', [], 'Els Wouters');
  const page = await signIn(harness, agent);
  const openUserMenu = () => page.getByRole('button', { name: /Els Wouters/ }).click();
  await openUserMenu();
  const sound = page.getByRole('menuitemcheckbox', { name: 'Geluid bij een nieuw ticket' });
  const notification = page.getByRole('menuitemcheckbox', { name: 'Browsermelding bij een nieuw ticket' });
  expect(await sound.getAttribute('aria-checked')).toBe('false');
  expect(await notification.getAttribute('aria-checked')).toBe('false');
  await expectAccessible(page, 'user menu with the new-ticket settings');
  await sound.click();
  await page.reload();
  await page.getByRole('menu').first().waitFor();
  await openUserMenu();
  expect(
    await page.getByRole('menuitemcheckbox', { name: 'Geluid bij een nieuw ticket' }).getAttribute('aria-checked'),
  ).toBe('true');
}, 90000);
