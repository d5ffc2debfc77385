import type { Page } from 'playwright-core';
import { db } from '../../src/db';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { makeDepartment, makeTicket, makeUser } from '../support/factories';
import { eventually } from '../support/wait';

// Journey (e) of issue 14: an agent who works with the keyboard only opens, answers and resolves a ticket.
let harness: ConsoleHarness;
let agent: { id: string; email: string };
const tickets: { id: string; subject: string }[] = [];

beforeAll(async () => {
  harness = await startConsole();
  const dept = await makeDepartment('Burgerzaken');
  agent = await makeUser('agent', [], 'Sofie Peeters');
  for (const [i, subject] of [
    'Adreswijziging doorgeven',
    'Wanneer is het containerpark open?',
    'Uittreksel uit het strafregister',
  ].entries()) {
    const t = await makeTicket({ subject, departmentId: dept.id, email: `burger${i}@example.be` });
    // oldest first, so the list (newest first) shows them in reverse order of creation
    await db().ticket.update({ where: { id: t.id }, data: { createdAt: new Date(Date.now() - (10 - i) * 60_000) } });
    tickets.unshift({ id: t.id, subject });
  }
}, 60000);

/** What has the keyboard focus now: a ticket row's id, a test id, or the tag name. */
const focused = (page: Page) =>
  page.evaluate(`(() => {
    const el = document.activeElement;
    return el?.getAttribute('data-ticket-row') ?? el?.getAttribute('data-testid') ?? el?.tagName.toLowerCase() ?? null;
  })()`) as Promise<string | null>;

const waitForFocus = (page: Page, what: string) =>
  eventually(async () => (await focused(page)) === what || undefined, 10000, `focus on ${what}`);

async function expectHelpListing(page: Page, shortcuts: string[]) {
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await dialog.waitFor();
  expect(
    await dialog
      .locator('[data-shortcut]')
      .evaluateAll((rows: { getAttribute(name: string): string }[]) =>
        rows.map((r) => r.getAttribute('data-shortcut')),
      ),
  ).toEqual(shortcuts);
  return dialog;
}

test('keyboard only: Tab into the list, arrow to a ticket, Enter, r, type, Ctrl+Enter, e — answered and resolved', async () => {
  const page = await signIn(harness, agent);
  await page.goto(`${harness.base}/admin/#/tickets`);
  const rows = page.locator('[data-ticket-row]');
  await rows.nth(2).waitFor();
  // every row can take the focus; the list is one Tab stop (the first row), the arrows go between the rows
  expect(
    await rows.evaluateAll((els: { getAttribute(name: string): string | null }[]) =>
      els.map((el) => el.getAttribute('tabindex')),
    ),
  ).toEqual(['0', '-1', '-1']);

  // Tab from the top of the page until the list has the focus
  let presses = 0;
  while ((await focused(page)) !== tickets[0].id) {
    await page.keyboard.press('Tab');
    if (++presses > 60) throw new Error(`Tab never reached the ticket list; focus is on ${await focused(page)}`);
  }
  await page.keyboard.press('ArrowDown');
  await waitForFocus(page, tickets[1].id);
  await page.keyboard.press('ArrowDown');
  await waitForFocus(page, tickets[2].id);
  await page.keyboard.press('ArrowUp');
  await waitForFocus(page, tickets[1].id);
  await page.keyboard.press('Enter');

  const target = tickets[1];
  await page.getByRole('heading', { name: target.subject }).waitFor();
  expect(page.url()).toContain(`/tickets/${target.id}/show`);
  await expectAccessible(page, 'ticket page');

  // an agent who types straight after "r" may be quicker than the next animation frame: the frames are held until
  // the first letter is in, so that letter must find its place without waiting for one (it once landed after the
  // signature)
  // (a script in the page: the server's type-check knows no DOM)
  await page.evaluate(
    'window.heldFrames = []; window.realFrame = requestAnimationFrame.bind(window); window.requestAnimationFrame = (f) => window.heldFrames.push(f)',
  );
  await page.keyboard.press('r');
  await waitForFocus(page, 'reply-input');
  // letters typed in the reply box are text, never shortcuts: "e" does not resolve, "a" does not assign
  // the box starts with the greeting and the sign-off; the answer is typed where the cursor is put, between them
  const answer = 'het containerpark is open van dinsdag tot zaterdag.';
  await page.keyboard.type(answer.slice(0, 1));
  await page.evaluate(
    'window.requestAnimationFrame = window.realFrame; window.heldFrames.forEach((f) => window.realFrame(f))',
  );
  await page.keyboard.type(answer.slice(1));
  const typed = await page.getByTestId('reply-input').inputValue();
  expect(typed).toMatch(/^Beste Burger Test,/);
  expect(typed).toContain(answer);
  expect(typed.indexOf(answer)).toBeLessThan(typed.indexOf('Met vriendelijke groeten'));
  const untouched = await db().ticket.findUniqueOrThrow({ where: { id: target.id } });
  expect({ status: untouched.status, assigneeId: untouched.assigneeId }).toEqual({ status: 'new', assigneeId: null });

  await page.keyboard.press('Control+Enter');
  await page.getByTestId('conversation').getByText('het containerpark is open').waitFor();
  const message = await db().message.findFirstOrThrow({ where: { ticketId: target.id, direction: 'outbound' } });
  expect(message.bodyText).toBe(typed);

  // Escape leaves the reply box (if it still has the focus); then e resolves
  await page.keyboard.press('Escape');
  await page.keyboard.press('e');
  await eventually(
    async () => (await db().ticket.findUniqueOrThrow({ where: { id: target.id } })).status === 'resolved' || undefined,
    10000,
    'ticket resolved',
  ).catch(async (err: Error) => {
    // this once failed in CI and never alone: say what the agent had before her, so the next failure tells why
    const notices = await page.getByRole('alert').allTextContents();
    const box = await page.getByTestId('reply-input').inputValue();
    throw new Error(
      `${err.message}; notices: ${JSON.stringify(notices)}; focus on ${await focused(page)}; reply box: ${JSON.stringify(box)}`,
    );
  });
  await page.getByRole('button', { name: 'Opgelost', pressed: true }).waitFor();

  // a assigns to me
  await page.keyboard.press('a');
  await eventually(
    async () =>
      (await db().ticket.findUniqueOrThrow({ where: { id: target.id } })).assigneeId === agent.id || undefined,
    10000,
    'ticket assigned to me',
  );

  // ? lists exactly the ticket page's shortcuts, in an accessible dialog that Escape closes
  const dialog = await expectHelpListing(page, [
    'nextTicket',
    'previousTicket',
    'reply',
    'note',
    'resolve',
    'assignToMe',
    'search',
    'leaveTextBox',
    'help',
  ]);
  expect(await dialog.textContent()).toContain('Antwoord schrijven');
  await expectAccessible(page, 'shortcut help dialog on the ticket page');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  // j and k: the next and previous ticket of the list the agent came from
  await page.keyboard.press('j');
  await page.getByRole('heading', { name: tickets[2].subject }).waitFor();
  await page.keyboard.press('k');
  await page.getByRole('heading', { name: tickets[1].subject }).waitFor();
  await page.keyboard.press('k');
  await page.getByRole('heading', { name: tickets[0].subject }).waitFor();

  // n: the internal note box
  await page.keyboard.press('n');
  await waitForFocus(page, 'note-input');
  await page.context().close();
}, 120000);

test("on the list: j/k move through the rows, / goes to the search, ? lists the list's shortcuts, in Dutch and English", async () => {
  const page = await signIn(harness, agent);
  await page.goto(`${harness.base}/admin/#/tickets`);
  await page.locator('[data-ticket-row]').nth(2).waitFor();

  await page.keyboard.press('j');
  await waitForFocus(page, tickets[0].id);
  await page.keyboard.press('j');
  await waitForFocus(page, tickets[1].id);
  await page.keyboard.press('k');
  await waitForFocus(page, tickets[0].id);

  await page.keyboard.press('/');
  await waitForFocus(page, 'ticket-search');
  // typing in the search box: j is a letter of the search, the focus stays
  await page.keyboard.type('j');
  expect(await focused(page)).toBe('ticket-search');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Backspace');

  const dialog = await expectHelpListing(page, ['next', 'previous', 'open', 'search', 'leaveTextBox', 'help']);
  expect(await dialog.textContent()).toContain('Zoeken in de tickets');
  await expectAccessible(page, 'shortcut help dialog on the list');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  // the same dialog in English
  await page.getByRole('button', { name: /Nederlands/i }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Filter bewaren' }).waitFor({ state: 'detached' });
  await page.keyboard.press('?');
  const english = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await english.waitFor();
  expect(await english.textContent()).toContain('Search the tickets');
  await page.keyboard.press('Escape');
  await page.context().close();
}, 120000);
