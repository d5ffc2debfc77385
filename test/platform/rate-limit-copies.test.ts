import type { Request } from 'express';
import IORedis from 'ioredis';
import { rateLimit, TooManyRequestsError } from '../../src/http/rateLimit';

// Each rateLimit() keeps its own counts in memory, as an api process does: two of them with one name are two api
// copies behind a load balancer, sharing only Redis.
const ask = (limiter: ReturnType<typeof rateLimit>, ip: string) =>
  new Promise<number>((resolve) => {
    void limiter({ ip } as Request, {} as never, (err?: unknown) =>
      resolve(err instanceof TooManyRequestsError ? err.status : err ? 500 : 200),
    );
  });

const redis = new IORedis(process.env.REDIS_URL!);
afterAll(() => redis.quit());

test('near the limit, two copies together let exactly the limit through', async () => {
  const copies = [rateLimit('copies', () => 8), rateLimit('copies', () => 8)];
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) statuses.push(await ask(copies[i % 2], '198.51.100.7'));
  expect(statuses.filter((s) => s === 200)).toHaveLength(8);
  expect(statuses.slice(8)).toEqual([429, 429, 429, 429]);
  // another address has its own count
  expect(await ask(copies[0], '198.51.100.8')).toBe(200);
});

test('far below the limit a request is counted in memory and reaches Redis with the next flush', async () => {
  const limiter = rateLimit('quiet', () => 1000);
  for (let i = 0; i < 5; i++) expect(await ask(limiter, '203.0.113.5')).toBe(200);
  const key = `${process.env.REDIS_PREFIX}:rl:quiet:203.0.113.5`;
  expect(await redis.get(key)).toBeNull();
  let counted: string | null = null;
  for (let i = 0; i < 40 && counted === null; i++) {
    await new Promise((r) => setTimeout(r, 100));
    counted = await redis.get(key);
  }
  expect(counted).toBe('5');
});

test('a window starts at the first request, so a burst across the turn of a minute is still one window', async () => {
  const limiter = rateLimit('turn', () => 3);
  const turn = Math.ceil(Date.now() / 60_000) * 60_000;
  const clock = jest.spyOn(Date, 'now');
  try {
    const statuses: number[] = [];
    for (const at of [turn - 300, turn - 100, turn + 100, turn + 300]) {
      clock.mockReturnValue(at);
      statuses.push(await ask(limiter, '192.0.2.44'));
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  } finally {
    clock.mockRestore();
  }
});
