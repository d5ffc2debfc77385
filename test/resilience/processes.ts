import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const MAIN = path.join(__dirname, '../../dist/src/main.js');

export function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script]).toString());
}

/**
 * A real Voordeur process (the compiled build, which `npm test` makes first) on this test file's
 * database and Redis prefix, so it can be signalled and killed like in production.
 */
export function startVoordeur(mode: 'api' | 'worker', env: Record<string, string> = {}): ChildProcess {
  if (!existsSync(MAIN)) throw new Error('Build first: npm test compiles the server (bash scripts/install.sh).');
  return spawn(process.execPath, [MAIN, mode], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function exited(proc: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    proc.exitCode !== null ? resolve(proc.exitCode) : proc.once('exit', (code) => resolve(code)),
  );
}
