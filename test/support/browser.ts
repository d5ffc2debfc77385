import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
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
