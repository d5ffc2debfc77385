const closers: (() => unknown)[] = [];

/**
 * Registers a clean-up that must run before the file's database is dropped (jest runs the shared
 * setup's afterAll before a test file's own), e.g. stopping a worker or an SMTP server.
 */
export function onTeardown(fn: () => unknown): void {
  closers.push(fn);
}

export async function runTeardowns(): Promise<void> {
  for (const fn of closers.splice(0).reverse()) await fn();
}
