import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateSync } from 'otplib';
import { launchChromium, serveApp } from './browser';
import { PASSWORD, TOTP_SECRET } from './factories';
import { onTeardown } from './teardown';

/**
 * One way to drive the console in a browser test: the built console served by the api, headless Chromium, a
 * sign-in that also answers the administrators' second factor, and an accessibility check with axe-core.
 */
const CONSOLE_BUILT = existsSync(path.join(__dirname, '../../admin-ui/dist/index.html'));

export interface ConsoleHarness {
  browser: Browser;
  base: string;
}

/** Serves the app and starts Chromium for this test file; both are closed after the file. */
export async function startConsole(): Promise<ConsoleHarness> {
  if (!CONSOLE_BUILT) throw new Error('Build the console first (npm run build:console); npm test does it.');
  const { server, base } = await serveApp();
  const browser = await launchChromium();
  onTeardown(
    () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  );
  onTeardown(() => browser.close());
  return { browser, base };
}

/**
 * A fresh browser context (its own cookies: a second person at a second computer) signed in as `user`, on the
 * console's landing page. Administrators answer the second factor with the test secret.
 */
export async function signIn(
  harness: ConsoleHarness,
  user: { email: string; role?: string },
  opts: { width?: number; height?: number } = {},
): Promise<Page> {
  const context = await harness.browser.newContext({
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: opts.width ?? 1366, height: opts.height ?? 768 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  await page.goto(`${harness.base}/admin/`);
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  if (user.role === 'admin') {
    const code = page.getByLabel('Code uit uw authenticator-app');
    await code.waitFor();
    await code.fill(generateSync({ secret: TOTP_SECRET }));
    await code.press('Enter');
  }
  // the menu is there once the console has loaded for this user
  await page.getByRole('menu').first().waitFor();
  return page;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on what the page shows now and fails on any serious or critical
 * violation, naming the rule and the elements. Prints the page's count so the test output is a per-page record.
 */
export async function expectAccessible(
  page: Page,
  label: string,
  options: { strictCsp?: boolean } = {},
): Promise<void> {
  // strictCsp: a page that allows no inline script (the kiosk, the screen) and whose test fails on the browser's
  // CSP complaint: evaluate the source at once instead of trying a script tag first
  if (options.strictCsp) await page.evaluate(AXE_SOURCE);
  else
    await page.addScriptTag({ content: AXE_SOURCE }).catch(async () => {
      // a page whose CSP refuses inline scripts: evaluate the source instead
      await page.evaluate(AXE_SOURCE);
    });
  // a menu or dialog still fading in would be measured half transparent: let running transitions finish first
  // (not the endless ones, such as a spinner; and never longer than two seconds)
  await page.evaluate(async () => {
    interface Running {
      finished: Promise<unknown>;
      effect: { getTiming(): { iterations?: number } } | null;
    }
    const doc = (globalThis as unknown as { document: { getAnimations(): Running[] } }).document;
    const finite = doc.getAnimations().filter((a) => (a.effect?.getTiming().iterations ?? 1) !== Infinity);
    await Promise.race([
      Promise.all(finite.map((a) => a.finished.catch(() => undefined))),
      new Promise((r) => setTimeout(r, 2000)),
    ]);
  });
  const violations: AxeViolation[] = await page.evaluate(async () => {
    // runs in the page (the test's type-check has no DOM library, hence globalThis)
    const page = globalThis as unknown as {
      document: unknown;
      axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await page.axe.run(page.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // the record per page, in the test output
  process.stdout.write(`axe ${label}: ${violations.length} violation(s), ${blocking.length} serious or critical\n`);
  if (blocking.length > 0) {
    const lines = blocking.map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
    throw new Error(`axe found on ${label}:\n${lines.join('\n')}`);
  }
}
