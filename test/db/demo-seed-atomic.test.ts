import { db } from '../../src/db';
import { seedDemo } from '../../src/demo/seed';

// What a half-seeded town would leave behind; the next start skips the seed when it finds users.
const counts = async () => ({
  users: await db().user.count(),
  departments: await db().department.count(),
  categories: await db().category.count(),
  contacts: await db().contact.count(),
  tickets: await db().ticket.count(),
  messages: await db().message.count(),
  rules: await db().routingRule.count(),
  appointments: await db().appointment.count(),
  apiKeys: await db().apiKey.count(),
  cannedResponses: await db().cannedResponse.count(),
});

test('a demo seed that fails at its last step leaves nothing behind, and the next start seeds the whole town', async () => {
  // the failure is the database's own: canned replies are written last, after users, tickets and appointments
  await db().$executeRawUnsafe(
    `CREATE FUNCTION refuse_seed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`,
  );
  await db().$executeRawUnsafe(
    `CREATE TRIGGER refuse_seed BEFORE INSERT ON canned_response FOR EACH STATEMENT EXECUTE FUNCTION refuse_seed()`,
  );
  await expect(seedDemo()).rejects.toThrow(/disk full \(test\)/);
  expect(await counts()).toEqual({
    users: 0,
    departments: 0,
    categories: 0,
    contacts: 0,
    tickets: 0,
    messages: 0,
    rules: 0,
    appointments: 0,
    apiKeys: 0,
    cannedResponses: 0,
  });

  await db().$executeRawUnsafe(`DROP TRIGGER refuse_seed ON canned_response`);
  expect(await seedDemo()).toEqual({ seeded: true });
  const after = await counts();
  expect(after.users).toBeGreaterThan(0);
  expect(after.tickets).toBe(50);
  expect(after.cannedResponses).toBeGreaterThan(0);
  expect(after.appointments).toBeGreaterThan(0);
  // and a start after that leaves the town as it is
  expect(await seedDemo()).toEqual({ seeded: false });
  expect(await counts()).toEqual(after);
}, 180_000);

test('two copies starting at once seed the town once', async () => {
  await db().$executeRawUnsafe(
    `TRUNCATE app_user, department, category, contact, ticket, routing_rule, appointment, api_key, canned_response, phone_line, opening_hours, closure, sla_policy, zone, service, location, desk CASCADE`,
  );
  const results = await Promise.all([seedDemo(), seedDemo()]);
  expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
  expect(await db().ticket.count()).toBe(50);
}, 180_000);
