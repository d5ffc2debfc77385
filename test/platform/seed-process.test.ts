import { spawn } from 'node:child_process';
import path from 'node:path';

// `npm start` runs the demo seed as its own process and goes on only when it ends: a connection left open (Redis,
// the queues, live events) kept it running for ever and the system never started.
const SEED = path.join(__dirname, '../../dist/scripts/seed.js');

function seed(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SEED], { env: { ...process.env, LOG_LEVEL: 'warn' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test('the demo seed process seeds and ends by itself; a second run skips and ends too', async () => {
  const first = await seed();
  expect(first.output).toContain('demo municipality seeded');
  expect(first.code).toBe(0);
  const second = await seed();
  expect(second.output).toContain('database already has users: demo seed skipped');
  expect(second.code).toBe(0);
}, 150_000);
