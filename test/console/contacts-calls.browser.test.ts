import { db } from '../../src/db';
import { makeDepartment, makeTicket, makeUser } from '../support/factories';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { eventually } from '../support/wait';

// Contacten (list, show, edit) and Oproepen (the call log and one call), as an agent uses them.
let harness: ConsoleHarness;

beforeAll(async () => {
  harness = await startConsole();
}, 60000);

test('an agent finds a citizen in Contacten, sees their tickets and calls, and corrects the name and adds a phone number', async () => {
  const dept = await makeDepartment('Burgerzaken');
  const ticket = await makeTicket({
    departmentId: dept.id,
    subject: 'Verhuis doorgeven',
    name: 'Marie Janssens',
    email: 'marie.janssens@example.be',
  });
  await makeTicket({ departmentId: dept.id, subject: 'Andere vraag', name: 'Piet Pieters', email: 'piet@example.be' });
  await db().phoneCall.create({
    data: {
      callSid: 'CA-contact-1',
      direction: 'inbound',
      fromNumber: '+3250112233',
      toNumber: '+3250000000',
      status: 'completed',
      outcome: 'connected',
      durationSeconds: 95,
      contactId: ticket.contactId,
      departmentId: dept.id,
    },
  });
  const page = await signIn(harness, await makeUser('agent', [dept.id], 'Sofie Peeters'));

  await page.getByRole('menuitem', { name: 'Contacten' }).click();
  await page.getByRole('cell', { name: 'Piet Pieters' }).waitFor();
  await expectAccessible(page, 'Contacten');
  await page.getByRole('link', { name: 'Nieuw' }).click();
  await page.getByRole('textbox', { name: 'Naam' }).waitFor();
  await expectAccessible(page, 'Contact aanmaken');
  await page.goBack();
  await page.getByRole('textbox', { name: 'Zoeken' }).fill('Janssens');
  await page.getByRole('cell', { name: 'Piet Pieters' }).waitFor({ state: 'detached' });
  await page.getByRole('cell', { name: 'Marie Janssens' }).click();

  // the citizen's page: their tickets and their calls
  await page.getByRole('cell', { name: 'Verhuis doorgeven' }).waitFor();
  await page.getByTestId('contact-calls').getByText('+3250112233').waitFor();
  await expectAccessible(page, 'Contact');

  await page.getByRole('link', { name: 'Bewerken' }).first().click();
  const name = page.getByRole('textbox', { name: 'Naam' });
  await name.fill('Marie Janssens-Peeters');
  const phones = page.getByRole('combobox', { name: 'Telefoonnummers' });
  await phones.fill('+32470123456');
  await phones.press('Enter');
  await expectAccessible(page, 'Contact bewerken');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  await page.waitForURL(/#\/contacts\/[^/]+\/show/);
  await page.getByText('Marie Janssens-Peeters').first().waitFor();
  const stored = await eventually(
    async () => {
      const c = await db().contact.findUniqueOrThrow({
        where: { id: ticket.contactId! },
        include: { identities: true },
      });
      return c.name === 'Marie Janssens-Peeters' ? c : undefined;
    },
    10000,
    'the new name stored',
  );
  expect(stored.identities.map((i) => [i.kind, i.value]).sort()).toEqual([
    ['email', 'marie.janssens@example.be'],
    ['phone', '+32470123456'],
  ]);
}, 90000);

test('an agent reads the call log in Oproepen, narrows it to voicemails and opens one', async () => {
  const dept = await makeDepartment('Milieu');
  const ticket = await makeTicket({
    departmentId: dept.id,
    subject: 'Terugbellen over grofvuil',
    name: 'An Claes',
    phone: '+3250445566',
    email: undefined,
    channel: 'phone',
  });
  await db().phoneCall.create({
    data: {
      callSid: 'CA-voicemail-1',
      direction: 'inbound',
      fromNumber: '+3250445566',
      toNumber: '+3250000000',
      status: 'completed',
      outcome: 'voicemail',
      durationSeconds: 60,
      recordingSeconds: 21,
      transcription: 'Wanneer komen jullie het grofvuil ophalen?',
      contactId: ticket.contactId,
      ticketId: ticket.id,
      departmentId: dept.id,
    },
  });
  await db().phoneCall.create({
    data: {
      callSid: 'CA-connected-1',
      direction: 'inbound',
      fromNumber: '+3250778899',
      toNumber: '+3250000000',
      status: 'completed',
      outcome: 'connected',
      durationSeconds: 200,
      departmentId: dept.id,
    },
  });
  const page = await signIn(harness, await makeUser('agent', [dept.id], 'Jan Claes'));

  await page.getByRole('menuitem', { name: 'Oproepen' }).click();
  await page.getByRole('cell', { name: '+3250778899' }).waitFor();
  await page.getByRole('cell', { name: '+3250445566' }).waitFor();
  await expectAccessible(page, 'Oproepen');

  await page.getByRole('combobox', { name: 'Afloop' }).click();
  await page.getByRole('option', { name: 'Voicemail ingesproken' }).click();
  await page.getByRole('cell', { name: '+3250778899' }).waitFor({ state: 'detached' });
  await page.getByRole('cell', { name: '+3250445566' }).click();

  await page.getByText('Wanneer komen jullie het grofvuil ophalen?').waitFor();
  await page.getByTestId('call-outcome').getByText('Voicemail ingesproken').waitFor();
  await expectAccessible(page, 'Oproep');
}, 90000);

test('an agent opens a voicemail whose recording is still being fetched, then finds the recording with its transcription under way; a file Twilio never served is in the timeline', async () => {
  const { intake } = await import('../../src/intake/intake');
  const dept = await makeDepartment('Onthaal');
  const { ticket } = await intake({
    channel: 'phone',
    externalId: 'recording:RE00000000000000000000000000000042',
    contact: { phone: '+32470556677' },
    subject: 'Voicemail van +32470556677',
    body: 'Voicemail van +32470556677, vrijdag 4 december 2026 om 10:12, 21 seconden.\n\nDe opname wordt opgehaald.',
    departmentId: dept.id,
    tags: ['voicemail'],
    acknowledge: false,
    pendingMedia: [
      {
        sourceId: 'RE00000000000000000000000000000042',
        kind: 'recording',
        resource: '/2010-04-01/Accounts/AC1/Recordings/RE42.mp3',
        filename: 'voicemail-20261204-1012.mp3',
      },
    ],
  });
  const page = await signIn(harness, await makeUser('agent', [dept.id], 'Sofie Peeters'));
  await page.goto(`${harness.base}/admin/#/tickets/${ticket.id}/show`);
  await page.getByTestId('message-media').getByText('De opname wordt opgehaald…').waitFor();
  await expectAccessible(page, 'Ticket met een opname die wordt opgehaald');

  // the worker stored the recording and asked for its transcription
  const media = await db().channelMedia.findFirstOrThrow({ where: { ticketId: ticket.id } });
  const attachment = await db().attachment.create({
    data: {
      ticketId: ticket.id,
      messageId: media.messageId,
      filename: 'voicemail-20261204-1012.mp3',
      contentType: 'audio/mpeg',
      size: 48_000,
      sha256: 'a'.repeat(64),
      storageKey: 'a'.repeat(64),
    },
  });
  await db().channelMedia.update({
    where: { id: media.id },
    data: { status: 'stored', attachmentId: attachment.id, transcriptionStatus: 'pending' },
  });
  await db().message.update({
    where: { id: media.messageId },
    data: {
      bodyText: 'Voicemail van +32470556677, vrijdag 4 december 2026 om 10:12, 21 seconden.\n\nDe transcriptie volgt.',
    },
  });
  await db().ticketEvent.create({
    data: {
      ticketId: ticket.id,
      type: 'media_fetch_failed',
      data: { kind: 'media', filename: 'mms-1a2b3c-1', reason: 'unreachable', attempts: 10 },
    },
  });
  await page.reload();
  await page.getByRole('link', { name: /voicemail-20261204-1012\.mp3/ }).waitFor();
  await page.getByTestId('message-media').getByText('De transcriptie volgt…').waitFor();
  expect(await page.getByText('De opname wordt opgehaald…').count()).toBe(0);
  const timeline = page.getByTestId('timeline');
  await timeline.getByText('mms-1a2b3c-1 kon niet worden opgehaald bij Twilio').waitFor();
  await timeline.getByText('Twilio gaf na 10 pogingen geen antwoord').waitFor();
  await expectAccessible(page, 'Ticket met een opname en een mislukte bijlage');
}, 90000);
