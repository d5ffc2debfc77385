import { loadConfig } from '../config';

const base = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/voordeur' };

test('the outbox lease is 20 s, renewed every 5 s, unless set otherwise', () => {
  const c = loadConfig(base);
  expect([c.OUTBOX_LEASE_MS, c.OUTBOX_LEASE_RENEW_MS, c.OUTBOX_CONCURRENCY]).toEqual([20_000, 5000, 8]);
  expect(loadConfig({ ...base, OUTBOX_LEASE_MS: '3000', OUTBOX_LEASE_RENEW_MS: '1000' }).OUTBOX_LEASE_MS).toBe(3000);
});

test('a renewal slower than half the lease is refused at start: the lease would run out under a living sender', () => {
  expect(() => loadConfig({ ...base, OUTBOX_LEASE_MS: '3000' })).toThrow(
    /OUTBOX_LEASE_RENEW_MS=5000 must be at most half of OUTBOX_LEASE_MS=3000/,
  );
});
