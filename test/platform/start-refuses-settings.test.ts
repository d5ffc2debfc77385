import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
// the compiled build, as an operator runs it (`npm test` builds it first, as for the resilience tests)
const MAIN = path.join(root, 'dist/src/main.js');

/** Starts `voordeur api` as an operator would, and gives it at most 20 s to either refuse or start. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, 'api'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: process.env.DATABASE_URL,
        REDIS_URL: process.env.REDIS_URL,
        PORT: '0',
        LOG_LEVEL: 'info',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test('an api given IMAP_URL without SECRET_KEY refuses to start, names SECRET_KEY and never listens', async () => {
  const { code, output } = await start({ IMAP_URL: 'imap://info%40testdorp.example:geheim@127.0.0.1:1/INBOX' });
  expect(code).toBe(78);
  expect(output).toContain('IMAP_URL needs SECRET_KEY');
  expect(output).not.toContain('listening');
}, 30_000);

test('an api given a TOWN_BOUNDARY_FILE that is not an area refuses to start, names the file and never listens', async () => {
  const { code, output } = await start({ TOWN_BOUNDARY_FILE: path.join(root, 'package.json') });
  expect(code).toBe(78);
  expect(output).toContain('TOWN_BOUNDARY_FILE=');
  expect(output).toContain('is not a town boundary');
  expect(output).not.toContain('listening');
}, 30_000);

test('an api given a STORAGE_URL it cannot use refuses to start, says what to write and never listens', async () => {
  const { code, output } = await start({ STORAGE_URL: 'ftp://files.gemeente.be/voordeur' });
  expect(code).toBe(78);
  expect(output).toContain('STORAGE_URL="ftp://files.gemeente.be/voordeur": must start with file:// or s3://');
  expect(output).not.toContain('listening');
  const keys = await start({
    STORAGE_URL: 's3://voordeur-files?endpoint=http://127.0.0.1:9000',
    AWS_ACCESS_KEY_ID: 'x',
  });
  expect(keys.code).toBe(78);
  expect(keys.output).toContain('AWS_ACCESS_KEY_ID needs AWS_SECRET_ACCESS_KEY');
}, 60_000);
