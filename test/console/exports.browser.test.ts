import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { db } from '../../src/db';
import { makeDepartment, makeTicket, makeUser } from '../support/factories';
import { book } from '../../src/appointments/booking';
import { at, counters } from '../appointments/world';
import { signIn, startConsole, type ConsoleHarness } from '../support/console';

let harness: ConsoleHarness;
let ticketReference: string;

beforeAll(async () => {
  harness = await startConsole();
  const werken = await makeDepartment('Openbare Werken');
  const ticket = await makeTicket({
    subject: 'Lamp; "kapot" aan de kerk',
    departmentId: werken.id,
    name: 'Marie Janssens',
    email: 'marie@example.be',
    channel: 'web',
  });
  ticketReference = ticket.reference;
  await db().phoneCall.create({
    data: {
      callSid: 'CA-export-1',
      direction: 'inbound',
      fromNumber: '+32470111111',
      toNumber: '+3256000000',
      status: 'completed',
      outcome: 'connected',
      durationSeconds: 125,
      choices: ['1'],
      contactId: ticket.contactId,
      ticketId: ticket.id,
    },
  });
  const world = await counters(1);
  await book({
    serviceId: world.serviceId,
    start: new Date(at(world.day, '10:00')),
    name: 'Luc; "De" Smet',
    email: 'luc@example.be',
    language: 'nl',
    channel: 'phone',
  });
}, 60000);

/** Clicks the list's export button and returns the downloaded file's bytes. */
async function exportList(page: Page, path: string, button: string): Promise<Buffer> {
  await page.goto(`${harness.base}/admin/#/${path}`);
  await page.getByRole('button', { name: button }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFile((await download.path())!);
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const linesOf = (file: Buffer) => file.subarray(3).toString('utf8').split('\r\n');

test('a Dutch-speaking agent exports the ticket list for Excel: BOM, semicolons, Dutch headers and words, Brussels time', async () => {
  const page = await signIn(harness, await makeUser('agent', [], 'Sofie Peeters'));
  const file = await exportList(page, 'tickets', 'Exporteren');
  expect(file.subarray(0, 3)).toEqual(BOM);
  const [header, row] = linesOf(file);
  expect(header).toBe(
    'Referentie;Onderwerp;Contact;Status;Prioriteit;SLA;Kanaal;Dienst;Categorie;Behandelaar;Aangemaakt',
  );
  const cells = row.split(';');
  expect(cells[0]).toBe(ticketReference);
  // the subject holds a semicolon and quotes: one quoted field, quotes doubled
  expect(row).toContain('"Lamp; ""kapot"" aan de kerk"');
  expect(row).toContain(';Marie Janssens;Nieuw;Normaal;');
  expect(row).toContain(';Webformulier;Openbare Werken;');
  expect(row).toMatch(/;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  const created = await db().ticket.findUniqueOrThrow({ where: { reference: ticketReference } });
  const brussels = DateTime.fromJSDate(created.createdAt, { zone: 'Europe/Brussels' }).toFormat('dd/MM/yyyy HH:mm');
  expect(row.endsWith(`;${brussels}`)).toBe(true);

  const contacts = await exportList(page, 'contacts', 'Exporteren');
  expect(contacts.subarray(0, 3)).toEqual(BOM);
  expect(linesOf(contacts)[0]).toBe('Naam;E-mailadressen;Telefoonnummers;Taal;Tickets;Aangemaakt');
  expect(linesOf(contacts)).toContainEqual(
    expect.stringMatching(/^Marie Janssens;marie@example.be;;Nederlands;1;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/),
  );
  expect(linesOf(contacts)).toContainEqual(expect.stringMatching(/^"Luc; ""De"" Smet";luc@example.be;;Nederlands;0;/));

  const calls = await exportList(page, 'calls', 'Exporteren');
  expect(calls.subarray(0, 3)).toEqual(BOM);
  expect(linesOf(calls)[0]).toBe('Begin;Richting;Van;Naar;Afloop;Duur;Keuzes in het menu;Contact;Ticket');
  expect(linesOf(calls)[1]).toContain(`;'+32470111111;'+3256000000;`);
  expect(linesOf(calls)[1]).toContain(`;2:05;`);
  expect(linesOf(calls)[1]).toContain(`;Marie Janssens;${ticketReference}`);

  const appointments = await exportList(page, 'appointments', 'Exporteren');
  expect(appointments.subarray(0, 3)).toEqual(BOM);
  expect(linesOf(appointments)[0]).toBe('Begin;Code;Product;Naam;Locatie;Loket;Gemaakt via;Status');
  expect(linesOf(appointments)[1]).toContain(';Identiteitskaart;"Luc; ""De"" Smet";Stadhuis ');
  expect(linesOf(appointments)[1]).toContain(';Loket 1;Telefoon;Geboekt');
  await page.context().close();
}, 120000);

test('an English-speaking agent gets the same export in English', async () => {
  const user = await db().user.update({
    where: { id: (await makeUser('agent', [], 'Jan Claes')).id },
    data: { language: 'en' },
  });
  const page = await signIn(harness, user);
  const file = await exportList(page, 'tickets', 'Export');
  expect(file.subarray(0, 3)).toEqual(BOM);
  const [header, row] = linesOf(file);
  expect(header).toBe('Reference;Subject;Contact;Status;Priority;SLA;Channel;Department;Category;Assignee;Created');
  expect(row).toContain(';Marie Janssens;New;Normal;');
  expect(row).toContain(';Web form;Openbare Werken;');
  await page.context().close();
}, 120000);
