import http from 'node:http';
import net from 'node:net';
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

test('a connection open at SIGTERM gets its request answered, then closes at once instead of idling as keep-alive', async () => {
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
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  let answer = '';
  socket.on('data', (d) => (answer += d));
  const closed = new Promise((r) => socket.once('close', r));
  socket.on('error', () => undefined);
  api.kill('SIGTERM');
  // the request comes a moment after the stop began, as over a slow network
  await new Promise((r) => setTimeout(r, 300));
  socket.write('GET /health/live HTTP/1.1\r\nHost: voordeur.test\r\n\r\n');
  await closed;
  expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  expect(answer).toMatch(/\r\nconnection: close\r\n/i);
  expect(await exited(api)).toBe(0);
}, 60000);
