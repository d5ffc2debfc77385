import { batched } from './batched';
import { deferred, turn } from '../../test/support/gates';

test('what is handed in during one turn goes in one flush; what comes while it runs goes in the next, in order', async () => {
  const flushes: number[][] = [];
  const gates = [deferred(), deferred()];
  const write = batched<number>(async (items) => {
    flushes.push(items);
    await gates[flushes.length - 1].promise;
  });
  const settled: number[] = [];
  const hand = (n: number) => write(n).then(() => settled.push(n));
  const first = [hand(1), hand(2), hand(3)];
  await turn();
  expect(flushes).toEqual([[1, 2, 3]]);
  // the first flush is still under way: these wait for it, however many turns go by
  const second = [hand(4), hand(5)];
  await turn();
  await turn();
  expect(flushes).toEqual([[1, 2, 3]]);
  expect(settled).toEqual([]);
  gates[0].resolve();
  await Promise.all(first);
  expect(settled).toEqual([1, 2, 3]);
  await turn();
  expect(flushes).toEqual([
    [1, 2, 3],
    [4, 5],
  ]);
  gates[1].resolve();
  await Promise.all(second);
  expect(settled).toEqual([1, 2, 3, 4, 5]);
});

test('a failed flush fails each of its callers with its error, and the next flush is not held up by it', async () => {
  let calls = 0;
  const write = batched<string>(async (items) => {
    calls++;
    if (items.includes('bad')) throw new Error('the server said no');
  });
  const results = await Promise.allSettled([write('a'), write('bad')]);
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  expect((results[0] as PromiseRejectedResult).reason).toEqual(new Error('the server said no'));
  await expect(write('c')).resolves.toBeUndefined();
  expect(calls).toBe(2);
});

test('a flush takes at most maxItems; the rest follow in the next', async () => {
  const flushes: number[][] = [];
  const write = batched<number>(async (items) => void flushes.push(items), 2);
  await Promise.all([1, 2, 3, 4, 5].map((n) => write(n)));
  expect(flushes).toEqual([[1, 2], [3, 4], [5]]);
});
