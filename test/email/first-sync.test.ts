import { db } from '../../src/db';
import { eventually } from '../support/wait';
import { emailWorld, rawEmail, type EmailWorld } from './support';

let world: EmailWorld;

beforeAll(async () => {
  world = await emailWorld();
}, 30000);

test('a first sync of a mailbox holding 1,000 messages makes 1,000 tickets and marks every message processed', async () => {
  const raws = Array.from({ length: 1000 }, (_, i) =>
    rawEmail({ from: `inwoner${i % 250}@example.be`, subject: `Vraag ${i + 1}`, body: `Bericht nummer ${i + 1}.` }),
  );
  await world.dovecot.appendMany(world.info, raws);
  world.runner();
  await eventually(
    async () => ((await db().message.count({ where: { channel: 'email' } })) >= 1000 ? true : undefined),
    240_000,
    '1,000 messages',
  );
  expect(await db().ticket.count({ where: { channel: 'email' } })).toBe(1000);
  expect(await db().contact.count()).toBe(250);
  await eventually(
    async () =>
      (await db().mailbox.findUniqueOrThrow({ where: { id: world.mailbox.id } })).lastUid === 1000n ? true : undefined,
    10000,
    'last uid',
  );
  const messages = await world.dovecot.messages(world.info);
  expect(messages.filter((m) => m.flags.includes('\\Seen'))).toHaveLength(1000);
}, 300_000);
