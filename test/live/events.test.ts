import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import IORedis from 'ioredis';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { closeConsoleStreams } from '../../src/live/stream';
import { loginAs, makeDepartment, makeTicket, makeUser, PASSWORD } from '../support/factories';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';

let app: Express;
let port: number;
let deptA: string;
let deptB: string;
let agent: { id: string; email: string; name: string };
let staffA: { id: string; email: string; name: string };
let staffB: { id: string; email: string; name: string };

beforeAll(async () => {
  app = buildApp();
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  onTeardown(
    () =>
      new Promise((r) => {
        server.close(r);
        server.closeAllConnections();
      }),
  );
  port = (server.address() as AddressInfo).port;
  deptA = (await makeDepartment('Burgerzaken')).id;
  deptB = (await makeDepartment('Openbare Werken')).id;
  agent = await makeUser('agent', [], 'Jan Peeters');
  staffA = await makeUser('staff', [deptA], 'An Burgerzaken');
  staffB = await makeUser('staff', [deptB], 'Bert Werken');
});

async function cookieOf(user: { email: string }): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

interface Received {
  id?: string;
  event: string;
  data: Record<string, unknown>;
}

/** A minimal EventSource: the events of one stream, as a console tab would get them. */
function stream(cookie: string | undefined, headers: Record<string, string> = {}) {
  const events: Received[] = [];
  let status = 0;
  let ended = false;
  let retry: string | undefined;
  const req = http.get(
    { port, host: '127.0.0.1', path: '/api/admin/events', headers: { ...(cookie ? { cookie } : {}), ...headers } },
    (res) => {
      status = res.statusCode ?? 0;
      res.on('end', () => (ended = true));
      let buffer = '';
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          retry ??= /^retry: (.*)$/m.exec(block)?.[1];
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ id: /^id: (.*)$/m.exec(block)?.[1], event, data: JSON.parse(data) });
        }
      });
    },
  );
  onTeardown(() => req.destroy());
  const about = (ticketId: string) => events.filter((e) => e.data.ticketId === ticketId);
  return {
    events,
    about,
    status: () => status,
    ended: () => ended,
    retry: () => retry,
    opened: () =>
      eventually(
        async () => events.find((e) => e.event === 'hello' || e.event === 'resync'),
        5000,
        'the stream to open',
      ),
    waitFor: (what: string, check: (e: Received) => boolean) => eventually(async () => events.find(check), 5000, what),
    close: () => req.destroy(),
  };
}

test('the live stream needs a logged-in session: 401 without one, and presence signals need the CSRF header', async () => {
  const anonymous = stream(undefined);
  await eventually(async () => anonymous.status() || undefined);
  expect(anonymous.status()).toBe(401);

  const res = await fetch(`http://127.0.0.1:${port}/api/admin/presence`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(res.status).toBe(401);
  const ticket = await makeTicket({ departmentId: deptA });
  const noCsrf = await fetch(`http://127.0.0.1:${port}/api/admin/presence`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: await cookieOf(agent) },
    body: JSON.stringify({ ticketId: ticket.id, state: 'viewing' }),
  });
  expect(noCsrf.status).toBe(403);
});

test('staff of department A hear nothing about a department B ticket while an agent hears every ticket', async () => {
  const ofAgent = stream(await cookieOf(agent));
  const ofStaffA = stream(await cookieOf(staffA));
  await ofAgent.opened();
  await ofStaffA.opened();
  expect(ofAgent.retry()).toBe('2000');

  const inB = await makeTicket({ departmentId: deptB, subject: 'Put in de straat' });
  const forAgent = await ofAgent.waitFor(
    'the agent to hear of the new ticket',
    (e) => e.event === 'ticket' && e.data.ticketId === inB.id,
  );
  expect(forAgent.data).toMatchObject({
    type: 'created',
    reference: inB.reference,
    status: 'new',
    departmentId: deptB,
  });
  // a summary, never the ticket's text or the citizen
  expect(JSON.stringify(forAgent.data)).not.toContain('Put in de straat');

  // a later department A ticket reaches staff A: had the B ticket been sent to them, it would have come first
  const inA = await makeTicket({ departmentId: deptA });
  await ofStaffA.waitFor('staff A to hear of their ticket', (e) => e.data.ticketId === inA.id);
  expect(ofStaffA.about(inB.id)).toEqual([]);

  // a change to the B ticket (by the agent) neither
  const jan = await loginAs(app, agent);
  expect((await jan.edit(`/api/admin/tickets/${inB.id}`, { status: 'pending_citizen' })).status).toBe(200);
  await ofAgent.waitFor(
    'the agent to hear of the change',
    (e) => e.data.ticketId === inB.id && e.data.type === 'updated',
  );
  expect((await jan.edit(`/api/admin/tickets/${inA.id}`, { priority: 'high' })).status).toBe(200);
  await ofStaffA.waitFor(
    'staff A to hear of their change',
    (e) => e.data.ticketId === inA.id && e.data.priority === 'high',
  );
  expect(ofStaffA.about(inB.id)).toEqual([]);

  // a ticket that leaves department A: staff A learn only that it is gone (their list drops it), not where it went
  expect(
    (await jan.edit(`/api/admin/tickets/${inA.id}`, { departmentId: deptB, reason: 'Hoort bij Openbare Werken' }))
      .status,
  ).toBe(200);
  const gone = await ofStaffA.waitFor(
    'staff A to hear the ticket left',
    (e) => e.data.ticketId === inA.id && e.data.gone === true,
  );
  expect(Object.keys(gone.data).sort()).toEqual(['at', 'gone', 'ticketId', 'type']);
  ofAgent.close();
  ofStaffA.close();
});

test('assignment, replies and notes are events too, for those who may see the ticket', async () => {
  const ofStaffA = stream(await cookieOf(staffA));
  await ofStaffA.opened();
  const ticket = await makeTicket({ departmentId: deptA });
  const jan = await loginAs(app, agent);
  expect((await jan.edit(`/api/admin/tickets/${ticket.id}`, { assigneeId: staffA.id })).status).toBe(200);
  await ofStaffA.waitFor(
    'the assignment',
    (e) => e.data.ticketId === ticket.id && e.data.type === 'assigned' && e.data.assigneeId === staffA.id,
  );
  expect((await jan.post(`/api/admin/tickets/${ticket.id}/notes`, { body: 'Even nakijken.' })).status).toBe(201);
  await ofStaffA.waitFor(
    'the note',
    (e) => e.data.ticketId === ticket.id && e.data.type === 'message' && e.data.direction === 'note',
  );
  expect((await jan.post(`/api/admin/tickets/${ticket.id}/reply`, { body: 'Beste, dat is geregeld.' })).status).toBe(
    201,
  );
  const reply = await ofStaffA.waitFor(
    'the reply',
    (e) => e.data.ticketId === ticket.id && e.data.direction === 'outbound',
  );
  // answering a new ticket opens it, and the event says so
  expect(reply.data).toMatchObject({ type: 'message', status: 'open' });
  ofStaffA.close();
});

test("a citizen's follow-up and a merge reach the stream as well", async () => {
  const ofAgent = stream(await cookieOf(agent));
  await ofAgent.opened();
  const first = await makeTicket({ departmentId: deptA, email: 'piet@example.be' });
  const duplicate = await makeTicket({ departmentId: deptA, email: 'piet@example.be' });
  const { intake } = await import('../../src/intake/intake');
  await intake({
    channel: 'email',
    contact: { email: 'piet@example.be' },
    subject: 'Re: vraag',
    body: 'Nog een vraag.',
    ticketId: first.id,
    acknowledge: false,
  });
  await ofAgent.waitFor(
    'the follow-up',
    (e) => e.data.ticketId === first.id && e.data.type === 'message' && e.data.direction === 'inbound',
  );
  const jan = await loginAs(app, agent);
  expect((await jan.post(`/api/admin/tickets/${duplicate.id}/merge`, { targetId: first.id })).status).toBe(200);
  await ofAgent.waitFor(
    'the duplicate closed',
    (e) => e.data.ticketId === duplicate.id && e.data.type === 'updated' && e.data.status === 'closed',
  );
  await ofAgent.waitFor(
    'the survivor changed',
    (e) => e.data.ticketId === first.id && e.data.type === 'message' && e.data.direction === undefined,
  );
  ofAgent.close();
});

test('a change made through another app instance reaches a stream on this one, through Redis', async () => {
  const ofAgent = stream(await cookieOf(agent));
  await ofAgent.opened();
  const ticket = await makeTicket({ departmentId: deptA });
  // another api copy in production: its own app; the only way between the two is the Redis channel
  const elsewhere = await loginAs(buildApp(), agent);
  expect((await elsewhere.edit(`/api/admin/tickets/${ticket.id}`, { status: 'resolved' })).status).toBe(200);
  await ofAgent.waitFor(
    'the change made elsewhere',
    (e) => e.data.ticketId === ticket.id && e.data.status === 'resolved',
  );

  // and what any copy (or a worker) publishes on Redis, from its own connection, is delivered
  const other = new IORedis(process.env.REDIS_URL!);
  onTeardown(() => other.quit());
  const envelope = {
    kind: 'ticket',
    departmentId: deptA,
    data: {
      type: 'updated',
      ticketId: ticket.id,
      reference: ticket.reference,
      status: 'closed',
      priority: 'normal',
      departmentId: deptA,
      assigneeId: null,
      at: new Date().toISOString(),
    },
  };
  await other.publish(`${process.env.REDIS_PREFIX}:console:ticket`, JSON.stringify(envelope));
  await ofAgent.waitFor(
    'the event from the other connection',
    (e) => e.data.ticketId === ticket.id && e.data.status === 'closed',
  );
  ofAgent.close();
});

test('presence: who views and who types on a ticket reaches those who may see it, and lapses', async () => {
  const ticket = await makeTicket({ departmentId: deptA });
  const ofStaffA = stream(await cookieOf(staffA));
  const ofStaffB = stream(await cookieOf(staffB));
  await ofStaffA.opened();
  await ofStaffB.opened();
  const jan = await loginAs(app, agent);
  expect((await jan.post('/api/admin/presence', { ticketId: ticket.id, state: 'viewing' })).status).toBe(204);
  const viewing = await ofStaffA.waitFor('Jan viewing', (e) => e.event === 'presence' && e.data.ticketId === ticket.id);
  expect(viewing.data.viewers).toEqual([{ userId: agent.id, name: 'Jan Peeters', typing: false }]);

  // a heartbeat changes nothing and is not announced again
  expect((await jan.post('/api/admin/presence', { ticketId: ticket.id, state: 'viewing' })).status).toBe(204);
  expect((await jan.post('/api/admin/presence', { ticketId: ticket.id, state: 'typing' })).status).toBe(204);
  await ofStaffA.waitFor(
    'Jan typing',
    (e) => e.event === 'presence' && (e.data.viewers as { typing: boolean }[])[0]?.typing === true,
  );
  expect(ofStaffA.about(ticket.id).filter((e) => e.event === 'presence')).toHaveLength(2);

  // a console that connects now gets who is there at once
  const late = stream(await cookieOf(staffA));
  await late.waitFor('the presence snapshot', (e) => e.event === 'presence' && e.data.ticketId === ticket.id);

  expect((await jan.post('/api/admin/presence', { ticketId: ticket.id, state: 'left' })).status).toBe(204);
  await ofStaffA.waitFor('Jan gone', (e) => e.event === 'presence' && (e.data.viewers as unknown[]).length === 0);
  expect(ofStaffB.about(ticket.id)).toEqual([]);

  // staff B may not see the ticket, so may not say they are on it either
  const bert = await loginAs(app, staffB);
  expect((await bert.post('/api/admin/presence', { ticketId: ticket.id, state: 'viewing' })).status).toBe(404);
  expect((await bert.post('/api/admin/presence', { ticketId: ticket.id, state: 'dancing' })).status).toBe(400);

  // typing lapses by itself after a few seconds without a signal
  expect((await jan.post('/api/admin/presence', { ticketId: ticket.id, state: 'typing' })).status).toBe(204);
  await ofStaffA.waitFor(
    'Jan typing again',
    (e) => e.event === 'presence' && (e.data.viewers as { typing: boolean }[])[0]?.typing === true && e !== viewing,
  );
  const count = ofStaffA.about(ticket.id).length;
  await eventually(
    async () => {
      const last = ofStaffA.about(ticket.id).at(-1)!;
      return (
        ofStaffA.about(ticket.id).length > count && (last.data.viewers as { typing: boolean }[])[0]?.typing === false
      );
    },
    15000,
    'typing to lapse',
  );
  late.close();
  ofStaffA.close();
  ofStaffB.close();
});

test('a console that reconnects with Last-Event-ID is told to refetch; opening a stream changes nothing', async () => {
  const cookie = await cookieOf(agent);
  const first = stream(cookie);
  const hello = await first.opened();
  expect(hello.event).toBe('hello');
  first.close();
  const audits = await db().auditEntry.count();
  const again = stream(cookie, { 'Last-Event-ID': hello.id! });
  const resumed = await again.opened();
  expect(resumed.event).toBe('resync');
  expect(await db().auditEntry.count()).toBe(audits);
  again.close();
});

test('closing the streams on shutdown ends them, so consoles reconnect elsewhere', async () => {
  const s = stream(await cookieOf(agent));
  await s.opened();
  closeConsoleStreams();
  await eventually(async () => s.ended() || undefined, 3000, 'the stream to end');
});
