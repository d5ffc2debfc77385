import http from 'node:http';
import { db } from '../../src/db';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import { exited, freePort, startVoordeur } from './processes';

test('SIGTERM lets the request in progress finish, refuses new ones, and exits cleanly', async () => {
  const port = freePort();
  const api = startVoordeur('api', { PORT: String(port), HOST: '127.0.0.1' });
  onTeardown(() => api.kill('SIGKILL'));
  await eventually(
    () =>
      fetch(`http://127.0.0.1:${port}/health/live`).then(
        (r) => r.ok || undefined,
        () => undefined,
      ),
    20000,
    'api up',
  );

  // a citizen on a slow connection: the body arrives in two parts, SIGTERM comes in between
  const body = JSON.stringify({ email: 'traag@example.be', subject: 'Trage verbinding', message: 'Komt dit nog aan?' });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/public/tickets',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, 20));
    setTimeout(() => req.end(body.slice(20)), 800);
  });
  await new Promise((r) => setTimeout(r, 200));
  api.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 200));
  const refused = await fetch(`http://127.0.0.1:${port}/health/live`).then(
    () => 'answered',
    () => 'refused',
  );
  expect(refused).toBe('refused');
  const done = await response;
  expect(done.status).toBe(201);
  expect(await exited(api)).toBe(0);
  expect(await db().ticket.count({ where: { subject: 'Trage verbinding' } })).toBe(1);
}, 60000);
