import type { Page } from 'playwright-core';
import { db } from '../../src/db';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { makeCategory, makeDepartment, makeTicket, makeUser } from '../support/factories';
import { eventually } from '../support/wait';

// The ticket list at 1366×768 with the menu open, as an agent works it all day.
let harness: ConsoleHarness;
let sofie: { id: string; email: string };
const hours = (n: number) => new Date(Date.now() + n * 3600_000);
const brussels = (d: Date) =>
  d.toLocaleString('nl-BE', { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' });
let resolutionDue: Date;
const almostDue = hours(1);

const subjects = [
  'Straatlamp brandt niet meer in de Kerkstraat ter hoogte van nummer 12',
  'Identiteitskaart verlengen voor mijn moeder die in een woonzorgcentrum verblijft',
  'Container voor grofvuil aanvragen',
  'Geluidsoverlast van een feestzaal in het weekend',
  'Put in het fietspad langs de Gentsesteenweg',
  'Vraag over de premie voor een regenwaterput',
  'Rijbewijs kwijt, hoe vraag ik een nieuw aan?',
  'Afvalkalender ontvangen?',
];

beforeAll(async () => {
  harness = await startConsole();
  const werken = await makeDepartment('Openbare Werken en Milieu');
  const burgerzaken = await makeDepartment('Burgerzaken');
  const verlichting = await makeCategory(werken.id, 'straatverlichting-en-openbaar-domein');
  const documenten = await makeCategory(burgerzaken.id, 'identiteitsdocumenten');
  sofie = await makeUser('agent', [], 'Sofie Peeters-Vandenbroucke');
  const jan = await makeUser('agent', [], 'Jan Claes');
  // 24 tickets, the newest (first row) with department, category and assignee
  for (let i = 0; i < 24; i++) {
    const subject = subjects[i % subjects.length];
    const even = i % 2 === 0;
    const t = await makeTicket({
      subject: `${subject} (${i})`,
      name: `Marie-Louise Janssens-De Smedt ${i}`,
      departmentId: even ? werken.id : burgerzaken.id,
      categoryId: even ? verlichting.id : documenten.id,
    });
    const assigneeId = i % 3 === 0 ? sofie.id : i % 3 === 1 ? jan.id : null;
    await db().ticket.update({
      where: { id: t.id },
      data: {
        assigneeId,
        status: 'open',
        priority: i === 5 ? 'urgent' : 'normal',
        createdAt: new Date(Date.now() - (24 - i) * 60_000),
        // most far away; ticket 22 close to its first-response deadline, ticket 20 past it
        firstResponseDueAt: i === 20 ? hours(-3) : i === 22 ? almostDue : hours(400),
        firstResponseWarnAt: i === 20 || i === 22 ? hours(-4) : hours(390),
        dueAt: hours(800),
        resolutionWarnAt: hours(790),
      },
    });
  }
  // the newest ticket: first response answered, so its cell counts the resolution deadline
  const newest = await makeTicket({
    subject: 'Boom omgewaaid op het speelplein',
    name: 'Koen De Smet',
    departmentId: werken.id,
    categoryId: verlichting.id,
  });
  resolutionDue = hours(2);
  await db().ticket.update({
    where: { id: newest.id },
    data: {
      assigneeId: sofie.id,
      status: 'open',
      firstResponseAt: new Date(),
      firstResponseDueAt: hours(-1),
      dueAt: resolutionDue,
      resolutionWarnAt: hours(1),
    },
  });
}, 120000);

/** Records, at the very moment the first ticket row is put on the page, what its name columns say. */
const FIRST_ROW_WATCH = `
  window.__firstRow = null;
  new MutationObserver((_, observer) => {
    const row = document.querySelector('[data-ticket-row]');
    if (!row) return;
    const text = (column) => row.querySelector('.column-' + column)?.textContent ?? null;
    window.__firstRow = { department: text('departmentName'), category: text('categoryNameNl'), assignee: text('assigneeName') };
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
`;

async function openList(page: Page) {
  await page.goto(`${harness.base}/admin/#/tickets`);
  await page.reload();
  await page.locator('[data-ticket-row]').first().waitFor();
}

const rowSubjects = (page: Page) => page.locator('[data-ticket-row] .column-subject').allTextContents();

async function expectRows(page: Page, expected: (subjects: string[]) => boolean, what: string) {
  await eventually(async () => expected(await rowSubjects(page)) || undefined, 15000, what);
}

/** The page and the list's own box never scroll sideways. */
async function expectNoHorizontalScroll(page: Page) {
  const doc = await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]');
  const [docScroll, docClient] = doc as [number, number];
  expect(docScroll).toBeLessThanOrEqual(docClient);
  const table = await page
    .locator('.RaDataTable-tableWrapper')
    .evaluate((el: { scrollWidth: number; clientWidth: number }) => [el.scrollWidth, el.clientWidth]);
  expect(table[0]).toBeLessThanOrEqual(table[1]);
}

test('at 1366×768 with the menu open the list fits, references stay on one line, and the names come with the rows', async () => {
  const page = await signIn(harness, sofie);
  await page.addInitScript(FIRST_ROW_WATCH);
  await openList(page);

  expect(await page.evaluate('window.__firstRow')).toEqual({
    department: 'Openbare Werken en Milieu',
    category: 'Categorie straatverlichting-en-openbaar-domein',
    assignee: 'Sofie Peeters-Vandenbroucke',
  });
  // the menu is open (its labels show), and still nothing scrolls sideways
  await page.getByRole('menuitem', { name: 'Tickets' }).first().waitFor();
  expect(
    await page
      .locator('.RaSidebar-fixed')
      .evaluate((el: { getBoundingClientRect(): { width: number } }) => el.getBoundingClientRect().width),
  ).toBeGreaterThan(150);
  await expectNoHorizontalScroll(page);

  const references = page.locator('[data-ticket-row] .column-reference span');
  expect(await references.count()).toBe(25);
  for (const box of await references.evaluateAll(
    (
      els: {
        textContent: string;
        getBoundingClientRect(): { height: number };
        ownerDocument: { defaultView: { getComputedStyle(e: unknown): { lineHeight: string } } };
      }[],
    ) =>
      els.map((el) => ({
        text: el.textContent,
        height: el.getBoundingClientRect().height,
        line: parseFloat(el.ownerDocument.defaultView.getComputedStyle(el).lineHeight),
      })),
  )) {
    expect(box.text).toMatch(/^VD-\d{4}-\d{4}$/);
    expect(box.height).toBeLessThan(box.line * 1.5);
  }
  await expectAccessible(page, 'ticket list at 1366');

  // narrower: the least important columns give way, still no sideways scroll, the reference still on one line
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.locator('th.column-channel').waitFor({ state: 'hidden' });
  expect(await page.locator('th.column-reference').isVisible()).toBe(true);
  expect(await page.locator('th.column-assigneeName').isVisible()).toBe(true);
  await expectNoHorizontalScroll(page);
  await page.context().close();
}, 120000);

test('the SLA cell says which deadline it counts and shows its exact time on keyboard focus and on hover', async () => {
  const page = await signIn(harness, sofie);
  await openList(page);
  const first = page.locator('[data-ticket-row]').first();
  const cell = first.getByTestId('sla-cell');
  expect(await cell.textContent()).toMatch(/^Oplossing over \d/);
  expect(
    await page.locator('[data-ticket-row]').filter({ hasText: '(20)' }).getByTestId('sla-cell').textContent(),
  ).toMatch(/^Antwoord .* te laat$/);
  expect(
    await page.locator('[data-ticket-row]').filter({ hasText: '(22)' }).getByTestId('sla-cell').textContent(),
  ).toMatch(/^Antwoord over \d/);

  // keyboard: j enters the list on the first row, Tab goes on to its deadline (past the row's selection box), the
  // tooltip names it and its time
  await page.keyboard.press('j');
  await eventually(
    async () =>
      (await first.evaluate(
        (el: { ownerDocument: { activeElement: unknown } }) => el.ownerDocument.activeElement === el,
      )) || undefined,
    5000,
    'first row focused',
  );
  const cellFocused = () =>
    cell.evaluate((el: { ownerDocument: { activeElement: unknown } }) => el.ownerDocument.activeElement === el);
  for (let i = 0; i < 3 && !(await cellFocused()); i++) await page.keyboard.press('Tab');
  expect(await cellFocused()).toBe(true);
  const tooltip = page.getByRole('tooltip');
  await tooltip.waitFor();
  expect(await tooltip.textContent()).toBe(`Oplossing uiterlijk ${brussels(resolutionDue)}`);
  expect(await cell.getAttribute('aria-describedby')).toBe(await tooltip.getAttribute('id'));
  await expectAccessible(page, 'ticket list with the deadline tooltip');
  await page.keyboard.press('Tab');
  await tooltip.waitFor({ state: 'hidden' });

  await page.locator('[data-ticket-row]').filter({ hasText: '(22)' }).getByTestId('sla-cell').hover();
  await tooltip.waitFor();
  expect(await tooltip.textContent()).toBe(`Eerste antwoord uiterlijk ${brussels(almostDue)}`);
  await page.context().close();
}, 120000);

test('presets and the priority filter change the rows in one click; a saved filter is there again after reload', async () => {
  const page = await signIn(harness, sofie);
  await openList(page);

  await page.getByTestId('preset-mine').click();
  await expectRows(page, (s) => s.length === 9 && s.includes('Boom omgewaaid op het speelplein'), 'my tickets');
  expect(await page.getByTestId('preset-mine').getAttribute('aria-pressed')).toBe('true');
  expect(await page.locator('[data-ticket-row] .column-assigneeName').allTextContents()).toEqual(
    Array(9).fill('Sofie Peeters-Vandenbroucke'),
  );

  await page.getByTestId('preset-unassigned').click();
  await expectRows(page, (s) => s.length === 8, 'unassigned tickets');
  expect(await page.locator('[data-ticket-row] .column-assigneeName').allTextContents()).toEqual(Array(8).fill(''));

  await page.getByTestId('preset-at_risk').click();
  await expectRows(
    page,
    (s) => s.length === 2 && ['(20)', '(22)'].every((x) => s.some((subject) => subject.includes(x))),
    'deadline close or missed',
  );

  await page.getByTestId('preset-all').click();
  await expectRows(page, (s) => s.length === 25, 'all tickets');
  await page.getByRole('combobox', { name: 'Prioriteit' }).click();
  await page.getByRole('option', { name: 'Dringend' }).click();
  await expectRows(page, (s) => s.length === 1 && s[0].includes('(5)'), 'urgent tickets');

  await page.getByTestId('save-filter').click();
  await page.getByTestId('saved-filter-name').fill('Dringend');
  await expectAccessible(page, 'save filter dialog');
  await page.getByTestId('saved-filter-save').click();
  await page.getByTestId('saved-filter').getByRole('button', { name: 'Dringend', exact: true }).waitFor();
  const stored = await db().savedFilter.findFirstOrThrow({ where: { userId: sofie.id } });
  expect(stored).toMatchObject({ name: 'Dringend', filter: { priority: 'urgent' } });

  await page.getByTestId('preset-all').click();
  await expectRows(page, (s) => s.length === 25, 'all tickets again');
  await page.reload();
  await page.getByTestId('saved-filter').getByRole('button', { name: 'Dringend', exact: true }).click();
  await expectRows(page, (s) => s.length === 1 && s[0].includes('(5)'), 'the saved filter');
  await expectAccessible(page, 'ticket list with a saved filter');

  await page.getByRole('button', { name: 'Bewaarde filter "Dringend" verwijderen' }).click();
  await page.getByTestId('saved-filter').waitFor({ state: 'detached' });
  expect(await db().savedFilter.count({ where: { userId: sofie.id } })).toBe(0);
  await page.context().close();
}, 120000);
