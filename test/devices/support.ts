import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { today } from '../../src/guidance/lifecycle';

export { launchChromium } from '../support/browser';

/** The app on a port (0: any free one). */
export function listen(port = 0): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = buildApp().listen(port, '127.0.0.1', () => resolve(server));
    server.on('error', reject);
  });
}

export function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export const portOf = (server: Server) => (server.address() as { port: number }).port;

/** Script errors and CSP refusals would otherwise pass silently. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused|Uncaught/i.test(msg.text()))
      problems.push(msg.text());
  });
  return problems;
}

/** An appointment row as the booking would write it, at `startsAt` for 15 minutes. */
export async function makeAppointment(
  world: { locationId: string; serviceId: string },
  deskId: string,
  startsAt: Date,
  code: string,
) {
  const endsAt = new Date(startsAt.getTime() + 15 * 60_000);
  return db().appointment.create({
    data: {
      code,
      deskId,
      serviceId: world.serviceId,
      locationId: world.locationId,
      startsAt,
      endsAt,
      blockedUntil: endsAt,
      channel: 'online',
      name: 'An Peeters',
      manageTokenHash: randomBytes(32).toString('hex'),
      manageTokenEnc: 'sealed',
    },
  });
}

/** A visitor waiting today, as the kiosk would have checked them in. */
export async function makeWaitingVisit(world: { locationId: string; serviceId: string }, number: string) {
  return db().visit.create({
    data: {
      locationId: world.locationId,
      serviceId: world.serviceId,
      day: new Date(`${today()}T00:00:00Z`),
      number,
      walkIn: true,
      dueAt: new Date(),
      checkedInAt: new Date(),
    },
  });
}

/** WCAG's contrast ratio of two computed CSS colours (rgb()/rgba(), alpha ignored). */
export function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
