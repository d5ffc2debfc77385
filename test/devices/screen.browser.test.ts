import http, { type Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { createDevice } from '../../src/guidance/devices';
import { closeScreens } from '../../src/guidance/display';
import { counters, type CounterWorld } from '../appointments/world';
import { loginAs, makeUser, type Console } from '../support/factories';
import { expectAccessible } from '../support/console';
import { onTeardown } from '../support/teardown';
import { contrast, launchChromium, listen, makeWaitingVisit, portOf, stop, watchProblems } from './support';

// page.evaluate callbacks run in the browser; the project compiles without the DOM library, so its globals are declared here
declare const window: any, document: any, localStorage: any, getComputedStyle: any, AudioContext: any;
type Element = any;

// The waiting-room screen in a real Chromium: the shell from /scherm, its EventSource on /display/stream, calls made
// by a desk through the staff API.
let browser: Browser;
let world: CounterWorld;
let token: string;
let desk: Console;
const app = buildApp();

beforeAll(async () => {
  world = await counters(3);
  token = (await createDevice({ name: 'Scherm wachtzaal', kind: 'screen', locationId: world.locationId })).token;
  desk = await loginAs(app, await makeUser('agent'));
  browser = await launchChromium();
  onTeardown(() => browser.close());
  onTeardown(() => closeScreens());
}, 60000);

const visitCounter = { n: 0 };
const nextNumber = () => `B${String(++visitCounter.n).padStart(3, '0')}`;

/** A visitor waits, and a desk calls them (through the API, as the console does). */
async function callAtDesk(deskIndex: number): Promise<{ number: string; visitId: string; desk: string }> {
  const number = nextNumber();
  const waiting = await makeWaitingVisit(world, number);
  const res = await desk.post(`/api/admin/desks/${world.deskIds[deskIndex]}/call-next`);
  expect(res.status).toBe(200);
  expect(res.body.visit).toMatchObject({ id: waiting.id, number, status: 'called' });
  return { number, visitId: waiting.id, desk: `Loket ${deskIndex + 1}` };
}

async function openScreen(base: string, query = `?device=${token}`, viewport = { width: 1920, height: 1080 }) {
  const page = await browser.newPage({ locale: 'nl-BE', viewport });
  page.setDefaultTimeout(15000);
  const problems = watchProblems(page);
  await page.goto(`${base}/scherm${query}`);
  return { page, problems };
}

const connection = (page: Page) => page.getByTestId('connection-state');

async function waitConnected(page: Page, timeout = 15000) {
  await page.waitForSelector('[data-testid="connection-state"][data-state="connected"]', {
    state: 'attached',
    timeout,
  });
}

/** The numbers in the history, top first. */
const history = (page: Page) => page.getByTestId('history').locator('.item .number').allTextContents();

/** Fails with the page's state when it does not show `number` at `desk` in time. */
async function expectCurrent(page: Page, number: string, deskName: string, timeout = 2000) {
  await page.waitForFunction(
    ([n, d]) =>
      document.querySelector('[data-testid="current-number"]')?.textContent === n &&
      document.querySelector('[data-testid="current-desk"]')?.textContent === d,
    [number, deskName] as const,
    { timeout },
  );
}

describe('on a running api', () => {
  let base: string;
  beforeAll(async () => {
    const server = await listen();
    base = `http://127.0.0.1:${portOf(server)}`;
    onTeardown(() => stop(server));
  });

  test('a call through the API appears on the screen within 2 s, on top, the older calls below; a recall moves it up again', async () => {
    const first = await callAtDesk(0);
    const { page, problems } = await openScreen(base);
    // the snapshot on connect already shows the earlier call
    await expectCurrent(page, first.number, 'Loket 1', 5000);
    await waitConnected(page);
    await expect(connection(page).textContent()).resolves.toBe('');
    await expect(page.locator('#clock-time').textContent()).resolves.toMatch(/^\d{2}:\d{2}$/);

    const second = await callAtDesk(2);
    await expectCurrent(page, second.number, 'Loket 3');
    await expect(history(page)).resolves.toEqual([first.number]);
    // a new call flashes
    await expect(page.locator('#current').getAttribute('class')).resolves.toContain('flash');

    const third = await callAtDesk(1);
    await expectCurrent(page, third.number, 'Loket 2');
    await expect(history(page)).resolves.toEqual([second.number, first.number]);

    // Loket 1 calls its visitor again: back on top, not twice in the list
    const again = await desk.post(`/api/admin/visits/${first.visitId}/recall`);
    expect(again.status).toBe(200);
    await expectCurrent(page, first.number, 'Loket 1');
    await expect(history(page)).resolves.toEqual([third.number, second.number]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60000);

  test('the chime (Web Audio) and, with ?spraak=1, the number spelled out in Dutch, once "Geluid aan" was pressed; remembered', async () => {
    const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 720 } });
    // count what the page plays and says instead of playing and saying it
    await context.addInitScript(() => {
      const w = window as unknown as { tones: number; spoken: string[] };
      w.tones = 0;
      w.spoken = [];
      const create = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: unknown) {
        w.tones++;
        return create.call(this);
      };
      window.speechSynthesis.speak = (u: { lang: string; text: string }) => {
        w.spoken.push(`${u.lang}: ${u.text}`);
      };
    });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${base}/scherm?device=${token}&spraak=1`);
    await waitConnected(page);
    const sound = page.getByRole('button', { name: 'Geluid aan' });
    await expect(sound.getAttribute('aria-pressed')).resolves.toBe('false');

    // before anyone pressed the button: silent
    const silent = await callAtDesk(1);
    await expectCurrent(page, silent.number, 'Loket 2');
    await expect(page.evaluate(() => (window as unknown as { tones: number }).tones)).resolves.toBe(0);

    await sound.click();
    await page.getByRole('button', { name: 'Geluid uit' }).waitFor();
    await expect(page.evaluate(() => localStorage.getItem('voordeur.scherm.sound'))).resolves.toBe('1');
    const call = await callAtDesk(2);
    await expectCurrent(page, call.number, 'Loket 3');
    await page.waitForFunction(() => (window as unknown as { spoken: string[] }).spoken.length > 0, undefined, {
      timeout: 5000,
    });
    const spelled = call.number.split('').join(' ');
    await expect(page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).resolves.toEqual([
      `nl-BE: Nummer ${spelled}, naar loket 3`,
    ]);
    await expect(page.evaluate(() => (window as unknown as { tones: number }).tones)).resolves.toBe(2);

    // after a restart of the screen the setting is still there (the browser may still want a touch to play)
    await page.reload();
    await waitConnected(page);
    await expect(page.evaluate(() => localStorage.getItem('voordeur.scherm.sound'))).resolves.toBe('1');
    await page.getByRole('button', { name: /Geluid (aan|uit)/ }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  }, 60000);

  test('large, high-contrast, nothing scrolls and nothing is cut off at 1920×1080, 1366×768, 1280×720 and portrait 1080×1920, with a full history and long desk names; it names its location', async () => {
    const longDesk = await db().desk.create({
      data: {
        locationId: world.locationId,
        name: 'Burgerzaken en bevolking – loket voor rijbewijzen 12',
        services: { create: { serviceId: world.serviceId } },
      },
    });
    world.deskIds.push(longDesk.id);
    const location = await db().location.findUniqueOrThrow({ where: { id: world.locationId } });
    for (let i = 0; i < 6; i++) await callAtDesk(i % 2 === 1 ? world.deskIds.length - 1 : 0);
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1366, height: 768 },
      { width: 1280, height: 720 },
      { width: 1080, height: 1920 },
    ]) {
      const { page, problems } = await openScreen(base, `?device=${token}`, viewport);
      await waitConnected(page);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="history"] .item').length === 5);
      // the town and, from the stream, this screen's own location
      await expect(page.locator('.town').textContent()).resolves.toBe('Gemeente Testdorp');
      await page.waitForFunction(
        (name) => document.querySelector('[data-testid="location"]')?.textContent === name,
        location.name,
      );
      // the newest call was at the long desk: its whole name is there
      await expect(page.getByTestId('current-desk').textContent()).resolves.toBe(longDesk.name);
      const look = await page.evaluate(() => {
        const all = (sel: string): Element[] => [...document.querySelectorAll(sel)];
        const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);
        // everything a visitor reads or presses: inside the screen, not zero-sized
        const keys = [
          '.town',
          '[data-testid="location"]',
          '#clock-date',
          '#clock-time',
          '#current-label',
          '[data-testid="current-number"]',
          '[data-testid="current-desk"]',
          '#previous-label',
          '[data-testid="history"] .item .number',
          '[data-testid="history"] .item .desk',
          '#sound',
        ];
        const outside = keys.flatMap((sel) =>
          all(sel)
            .map((e) => [sel, e.getBoundingClientRect()] as const)
            .filter(
              ([, r]) =>
                r.width === 0 ||
                r.height === 0 ||
                r.left < 0 ||
                r.top < 0 ||
                r.right > window.innerWidth + 0.5 ||
                r.bottom > window.innerHeight + 0.5,
            )
            .map(
              ([sel2, r]) =>
                `${sel2} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
            ),
        );
        // a box whose content is wider (or, for the history lines, taller) than the box cuts something off
        const containers = [
          'html',
          'body',
          '.top',
          '.where',
          '.clock',
          '.board',
          '.current',
          '.current .call',
          '[data-testid="current-desk"]',
          '.previous',
          '[data-testid="history"]',
          '[data-testid="history"] .item',
          '[data-testid="history"] .item .desk',
          '.bottom',
        ];
        const cut = containers.flatMap((sel) =>
          all(sel)
            .filter((e) => e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight + 1)
            .map((e) => `${sel}: ${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight}`),
        );
        const previous = document.querySelector('.previous')!.getBoundingClientRect();
        const below = all('[data-testid="history"] .item')
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.bottom > previous.bottom + 0.5).length;
        return {
          outside,
          cut,
          below,
          scroll: [
            document.documentElement.scrollWidth,
            document.documentElement.scrollHeight,
            document.body.scrollWidth,
            document.body.scrollHeight,
          ],
          overflow: style('body').overflow,
          number: parseFloat(style('[data-testid="current-number"]').fontSize),
          desk: parseFloat(style('[data-testid="current-desk"]').fontSize),
          historyText: parseFloat(style('[data-testid="history"] .item').fontSize),
          colours: [
            [style('[data-testid="current-number"]').color, style('body').backgroundColor],
            [style('[data-testid="current-desk"]').color, style('body').backgroundColor],
            [style('[data-testid="history"] .desk').color, style('body').backgroundColor],
            [style('.top').color, style('.top').backgroundColor],
          ],
        };
      });
      await page.screenshot({
        path: path.join(
          process.env.DEVICES_SCREENSHOTS ?? process.env.STORAGE_DIR!,
          `scherm-${viewport.width}x${viewport.height}.png`,
        ),
      });
      expect({ viewport, outside: look.outside, cut: look.cut, below: look.below }).toEqual({
        viewport,
        outside: [],
        cut: [],
        below: 0,
      });
      expect(look.scroll).toEqual([viewport.width, viewport.height, viewport.width, viewport.height]);
      expect(look.overflow).toBe('hidden');
      const shortSide = Math.min(viewport.width, viewport.height);
      expect(look.number).toBeGreaterThanOrEqual(shortSide * 0.15);
      // the long desk name made smaller, still readable from across the room
      expect(look.desk).toBeGreaterThanOrEqual(shortSide * 0.035);
      expect(look.historyText).toBeGreaterThanOrEqual(shortSide * 0.04);
      for (const [fg, bg] of look.colours) expect(contrast(fg, bg)).toBeGreaterThanOrEqual(7);
      await expectAccessible(page, `scherm ${viewport.width}×${viewport.height}`, { strictCsp: true });
      expect(problems).toEqual([]);
      await page.close();
    }
  }, 90000);

  test('a missing, unknown or revoked token: "Dit toestel is niet ingesteld"', async () => {
    const revoked = await createDevice({ name: 'Oud scherm', kind: 'screen', locationId: world.locationId });
    await db().device.update({ where: { id: revoked.device.id }, data: { revokedAt: new Date() } });
    const kiosk = await createDevice({ name: 'Zuil', kind: 'kiosk', locationId: world.locationId });
    for (const query of [
      '',
      '?device=nonsense-token-that-nobody-was-given',
      `?device=${revoked.token}`,
      `?device=${kiosk.token}`,
    ]) {
      const { page, problems } = await openScreen(base, query);
      await page.getByRole('heading', { name: 'Dit toestel is niet ingesteld' }).waitFor();
      await expect(connection(page).getAttribute('data-state')).resolves.toBe('unauthorized');
      expect(problems).toEqual([]);
      await page.close();
    }
  }, 60000);
});

test('after the api restarts the screen reconnects by itself, also through 5xx answers, and shows the next call without a reload', async () => {
  // a fixed port: the restarted api comes back where the screen looks for it
  const server1 = await listen();
  const port = portOf(server1);
  const base = `http://127.0.0.1:${port}`;
  let current: Server | undefined = server1;
  onTeardown(() => (current ? stop(current) : undefined));

  const before = await callAtDesk(0);
  const { page, problems } = await openScreen(base);
  await waitConnected(page);
  await expectCurrent(page, before.number, 'Loket 1', 5000);
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });

  // the api goes down: streams ended, port closed
  await closeScreens();
  await stop(server1);
  current = undefined;
  await page.waitForSelector('[data-testid="connection-state"][data-state="reconnecting"]', {
    state: 'attached',
    timeout: 5000,
  });
  await connection(page).getByText('verbinding herstellen…').waitFor();
  // the list stays while it reconnects
  await expect(page.getByTestId('current-number').textContent()).resolves.toBe(before.number);
  await page.waitForTimeout(1500);

  // a proxy answers 503 while the api starts: the browser gives the EventSource up, the page tries again with a growing wait
  let refused = 0;
  const maintenance = http.createServer((req, res) => {
    if (req.url?.startsWith('/display/stream')) refused++;
    res.writeHead(503, { 'Content-Type': 'text/plain', 'Retry-After': '1' }).end('starting');
  });
  await new Promise<void>((resolve) => maintenance.listen(port, '127.0.0.1', resolve));
  const until = Date.now() + 8000;
  while (refused < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  expect(refused).toBeGreaterThanOrEqual(2);
  await expect(connection(page).getAttribute('data-state')).resolves.toBe('reconnecting');
  await new Promise<void>((resolve) => {
    maintenance.close(() => resolve());
    maintenance.closeAllConnections();
  });

  // the api is back on the same port
  current = await listen(port);
  await waitConnected(page, 15000);
  await expect(connection(page).textContent()).resolves.toBe('');
  await expect(page.getByTestId('current-number').textContent()).resolves.toBe(before.number);

  const after = await callAtDesk(2);
  await expectCurrent(page, after.number, 'Loket 3', 5000);
  await expect(history(page)).resolves.toContain(before.number);
  await expect(page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).resolves.toBe(true);
  expect(problems.filter((p) => !/503|ERR_CONNECTION_REFUSED|Failed to load resource/.test(p))).toEqual([]);
  await page.close();
}, 90000);
