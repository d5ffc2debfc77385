import { execFile } from 'node:child_process';
import path from 'node:path';
import type { Express } from 'express';
import { exited, freePort, startVoordeur } from '../resilience/processes';
import { eventually } from './wait';

/**
 * The compiled api as its own process, with settings this test process does not have (another database, another
 * store): requests reach it as supertest reaches an app, through `url` (typed as an app for the test helpers).
 */
export async function startApi(env: Record<string, string>) {
  const port = freePort();
  const proc = startVoordeur('api', { PORT: String(port), HOST: '127.0.0.1', ...env });
  let output = '';
  proc.stdout!.on('data', (d) => (output += d));
  proc.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  await eventually(
    async () =>
      proc.exitCode === null &&
      (await fetch(`${url}/health/live`).then(
        (r) => r.ok,
        () => false,
      )),
    20000,
    'the api to listen',
  ).catch((err: Error) => {
    proc.kill('SIGKILL');
    throw new Error(`${err.message}\n${output}`);
  });
  return {
    app: url as unknown as Express,
    async stop() {
      proc.kill('SIGTERM');
      await exited(proc);
    },
  };
}

const SCRIPTS = path.join(__dirname, '../../dist/scripts');

/** Runs a compiled script of scripts/ as an operator does; its output and exit code come back. */
export function runScript(
  name: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(SCRIPTS, `${name}.js`), ...args],
      { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, timeout: 120_000 },
      (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}
