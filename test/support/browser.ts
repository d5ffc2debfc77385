import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp } from '../../src/app';

/**
 * Debian's Chromium, headless, with what it would fetch from the internet switched off (this machine's network is
 * closed, and a test must not depend on it).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** The whole app on a port of localhost (0: any free one), and its base URL. */
export async function serveApp(port = 0): Promise<{ server: Server; base: string }> {
  const server: Server = await new Promise((resolve, reject) => {
    const s = buildApp().listen(port, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  return { server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

/**
 * A public page opened in a new tab, with its script errors and CSP refusals collected: they would otherwise pass
 * silently. (axe-core itself is first offered as an inline script, which the CSP rightly refuses: not the page's
 * problem.)
 */
export async function openWatched(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
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
  await page.goto(url);
  return { page, problems };
}
