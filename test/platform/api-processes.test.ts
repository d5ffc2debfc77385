// API_PROCESSES: one api process per core on one port (node:cluster), as the compiled build runs in production.
// Citizens' forms are answered by every process, a process that dies is replaced, and a stop drains them all.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { db } from '../../src/db';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import { exited, freePort, startVoordeur } from '../resilience/processes';

const children = (pid: number) =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);

test('two api processes share the port, a killed one is replaced, and a stop ends them all', async () => {
  const port = freePort();
  const proc = startVoordeur('api', { PORT: String(port), HOST: '127.0.0.1', API_PROCESSES: '2' });
  onTeardown(() => proc.kill('SIGKILL'));
  const url = `http://127.0.0.1:${port}`;
  const live = () =>
    fetch(`${url}/health/live`).then(
      (r) => r.ok,
      () => false,
    );
  await eventually(live, 30_000, 'the api answering');
  await eventually(async () => children(proc.pid!).length === 2, 30_000, 'two api processes');

  // twenty citizens at once: every form becomes one ticket, whichever process takes it
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      fetch(`${url}/api/public/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name: `Burger ${i}`,
          email: `burger${i}@example.be`,
          subject: 'Losliggende stoeptegel',
          message: 'Aan de bakkerij ligt een stoeptegel los.',
          submissionKey: randomUUID(),
        }),
      }).then((r) => r.status),
    ),
  );
  expect(answers).toEqual(Array(20).fill(201));
  expect(await db().ticket.count({ where: { subject: 'Losliggende stoeptegel' } })).toBe(20);

  const [first] = children(proc.pid!);
  process.kill(first, 'SIGKILL');
  await eventually(
    async () => {
      const now = children(proc.pid!);
      return now.length === 2 && !now.includes(first);
    },
    30_000,
    'a new process in place of the killed one',
  );
  expect(await live()).toBe(true);

  const all = children(proc.pid!);
  proc.kill('SIGTERM');
  expect(await exited(proc)).toBe(0);
  for (const pid of all) expect(() => process.kill(pid, 0)).toThrow();
});
