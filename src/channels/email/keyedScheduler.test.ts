import { KeyedScheduler, PredecessorFailed } from './keyedScheduler';
import { uidSet } from './uidSet';
import { deferred, turn } from '../../../test/support/gates';

test('a task waits for every earlier task sharing a key; others run beside it, never more than the limit', async () => {
  const s = new KeyedScheduler(2);
  const started: string[] = [];
  const gates = { a: deferred(), b: deferred(), c: deferred(), d: deferred() };
  const task = (name: keyof typeof gates) => async () => {
    started.push(name);
    await gates[name].promise;
  };
  s.schedule(['marie', '<1@x>'], task('a'));
  s.schedule(['jan', '<1@x>'], task('b')); // answers <1@x>: waits for a
  s.schedule(['piet'], task('c'));
  s.schedule(['an'], task('d')); // unrelated, but two are running already
  await turn();
  expect(started).toEqual(['a', 'c']);
  gates.c.resolve();
  await turn();
  expect(started).toEqual(['a', 'c', 'd']);
  gates.a.resolve();
  await turn();
  expect(started).toEqual(['a', 'c', 'd', 'b']);
  gates.b.resolve();
  gates.d.resolve();
  await s.settled();
});

test('a task whose predecessor failed does not run, and says why', async () => {
  const s = new KeyedScheduler(4);
  const ran: string[] = [];
  const first = s.schedule(['<1@x>'], async () => {
    throw new Error('database gone');
  });
  const reply = s.schedule(['<1@x>', '<2@x>'], async () => void ran.push('reply'));
  const replyToReply = s.schedule(['<2@x>'], async () => void ran.push('reply to reply'));
  const other = s.schedule(['<3@x>'], async () => void ran.push('other'));
  await expect(first).rejects.toThrow('database gone');
  await expect(reply).rejects.toBeInstanceOf(PredecessorFailed);
  await expect(replyToReply).rejects.toBeInstanceOf(PredecessorFailed);
  await other;
  expect(ran).toEqual(['other']);
});

test('room waits until enough tasks (or bytes) are done', async () => {
  const s = new KeyedScheduler(1);
  const gate = deferred();
  s.schedule(['a'], () => gate.promise, 10);
  let roomy = false;
  const waiting = s.room(5, 10).then(() => (roomy = true));
  await turn();
  expect(roomy).toBe(false);
  gate.resolve();
  await waiting;
  expect(roomy).toBe(true);
});

test('UIDs become an IMAP set with ranges', () => {
  expect(uidSet([7, 3, 4, 5, 9, 12, 13, 14, 4])).toBe('3:5,7,9,12:14');
  expect(uidSet([42])).toBe('42');
  expect(uidSet([])).toBe('');
});
