import './dutchOnly';
import { db } from '../../src/db';
import { eventually } from '../support/wait';
import { emailWorld, rawEmail, type EmailWorld } from './support';

let world: EmailWorld;

beforeAll(async () => {
  world = await emailWorld();
  world.runner();
}, 30000);

test('with REPLY_LANGUAGES=nl a citizen who writes in English is answered in Dutch', async () => {
  await world.dovecot.append(
    world.info,
    rawEmail({
      from: 'John Smith <john.smith@example.com>',
      subject: 'Question about registering',
      body: 'Hello, I moved here last week. How do I register as a new resident, and which documents should I bring?',
    }),
  );
  const ack = await eventually(
    async () => world.smtp.messages.find((m) => JSON.stringify(m.to ?? '').includes('john.smith@example.com')),
    15000,
    'acknowledgement',
  );
  expect(ack.subject).toContain('We hebben uw bericht ontvangen: Question about registering');
  const ticket = await db().ticket.findFirstOrThrow({
    where: { channel: 'email' },
    include: { contact: true, messages: true },
  });
  expect(ticket.language).toBe('nl');
  expect(ticket.contact?.language).toBe('nl');
  expect((ticket.messages[0].meta as { email: { writtenIn: string } }).email.writtenIn).toBe('en');
});
