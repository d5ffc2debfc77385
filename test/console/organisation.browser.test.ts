import { db } from '../../src/db';
import { makeDepartment, makeUser } from '../support/factories';
import { expectAccessible, signIn, startConsole, type ConsoleHarness } from '../support/console';
import { eventually } from '../support/wait';

// How the town hall is organised, as an administrator sets it up: Diensten (with their own opening hours),
// Openingsuren, Categorieën, Gebruikers, Routering (with a dry run), Zones (a GeoJSON upload) and SLA's.
let harness: ConsoleHarness;
let works: { id: string; name: string };

beforeAll(async () => {
  harness = await startConsole();
  works = await makeDepartment('Openbare Werken');
}, 60000);

const admin = () => makeUser('admin', [], `Beheerder ${Math.random().toString(36).slice(2, 6)}`);

test('an administrator adds a department in Diensten and gives it its own Saturday hours', async () => {
  const page = await signIn(harness, await admin());
  await page.getByRole('menuitem', { name: 'Diensten' }).click();
  await page.getByRole('cell', { name: 'Openbare Werken' }).waitFor();
  await expectAccessible(page, 'Diensten');
  await page.getByRole('link', { name: 'Nieuw' }).click();
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Milieu');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill('milieu@testdorp.example');
  await expectAccessible(page, 'Dienst aanmaken');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('cell', { name: 'Milieu', exact: true }).waitFor();
  const milieu = await db().department.findUniqueOrThrow({ where: { name: 'Milieu' } });
  expect(milieu.email).toBe('milieu@testdorp.example');

  await page.getByRole('cell', { name: 'Milieu', exact: true }).click();
  const hours = page.getByTestId('department-hours');
  await hours.getByRole('switch', { name: 'Zelfde als de gemeente' }).click();
  await hours.getByRole('button', { name: 'Zaterdag: Blok toevoegen' }).click();
  await expectAccessible(page, 'Dienst bewerken (eigen openingsuren)');
  await hours.getByTestId('save-hours').click();
  const saturday = await eventually(
    () => db().openingHours.findFirst({ where: { departmentId: milieu.id, weekday: 6 } }),
    10000,
    'Saturday stored',
  );
  expect(saturday.opens < saturday.closes).toBe(true);
}, 120000);

test('an administrator opens the town hall on Sunday morning in Openingsuren', async () => {
  const page = await signIn(harness, await admin());
  await page.getByRole('menuitem', { name: 'Openingsuren' }).click();
  const week = page.getByTestId('week-editor').first();
  await week.getByRole('button', { name: 'Zondag: Blok toevoegen' }).click();
  await week.getByLabel('Zondag 1: Tot').fill('11:00');
  await expectAccessible(page, 'Openingsuren (gewijzigd)');
  await page.getByTestId('save-hours').first().click();
  const sunday = await eventually(
    () => db().openingHours.findFirst({ where: { departmentId: null, weekday: 7 } }),
    10000,
    'Sunday stored',
  );
  expect(sunday.closes).toBe('11:00');
}, 120000);

test('an administrator adds a category for Openbare Werken in Categorieën', async () => {
  const page = await signIn(harness, await admin());
  await page.getByRole('menuitem', { name: 'Categorieën' }).click();
  await page.getByRole('link', { name: 'Nieuw' }).first().waitFor();
  await expectAccessible(page, 'Categorieën');
  await page.getByRole('link', { name: 'Nieuw' }).first().click();
  await page.getByRole('textbox', { name: 'Code' }).fill('straatverlichting');
  await page.getByRole('textbox', { name: 'Naam (Nederlands)' }).fill('Straatverlichting');
  await page.getByRole('textbox', { name: 'Naam (Engels)' }).fill('Street lighting');
  await page.getByRole('combobox', { name: 'Dienst' }).click();
  await page.getByRole('option', { name: 'Openbare Werken' }).click();
  await expectAccessible(page, 'Categorie aanmaken');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('cell', { name: 'straatverlichting', exact: true }).waitFor();
  const category = await db().category.findUniqueOrThrow({ where: { code: 'straatverlichting' } });
  expect(category).toMatchObject({ nameNl: 'Straatverlichting', nameEn: 'Street lighting', departmentId: works.id });
  await page.getByRole('cell', { name: 'straatverlichting', exact: true }).click();
  await page.getByRole('textbox', { name: 'Code' }).waitFor();
  await expectAccessible(page, 'Categorie bewerken');
}, 120000);

test('an administrator adds a staff member of Openbare Werken in Gebruikers', async () => {
  const page = await signIn(harness, await admin());
  await page.getByRole('menuitem', { name: 'Gebruikers' }).click();
  await page.getByRole('link', { name: 'Nieuw' }).waitFor();
  await expectAccessible(page, 'Gebruikers');
  await page.getByRole('link', { name: 'Nieuw' }).click();
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Tom Maes');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill('tom.maes@testdorp.example');
  await page.getByRole('combobox', { name: 'Rol' }).click();
  await page.getByRole('option', { name: 'Medewerker dienst' }).click();
  await page.getByRole('combobox', { name: 'Diensten' }).click();
  await page.getByRole('option', { name: 'Openbare Werken' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill('een lang en sterk wachtwoord');
  await expectAccessible(page, 'Gebruiker aanmaken');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('cell', { name: 'Tom Maes' }).waitFor();
  const tom = await db().user.findUniqueOrThrow({
    where: { email: 'tom.maes@testdorp.example' },
    include: { memberships: true },
  });
  expect(tom.role).toBe('staff');
  expect(tom.memberships.map((m) => m.departmentId)).toEqual([works.id]);
  await page.getByRole('cell', { name: 'Tom Maes' }).click();
  await page.getByRole('textbox', { name: 'E-mailadres' }).waitFor();
  await expectAccessible(page, 'Gebruiker bewerken');
}, 120000);

test('an administrator writes a routing rule, tries it on a sample before saving, and saves it', async () => {
  const page = await signIn(harness, await admin());
  await page.getByRole('menuitem', { name: 'Routering' }).click();
  await page.getByTestId('routing-semantics').waitFor();
  await expectAccessible(page, 'Routering');
  await page.getByRole('link', { name: 'Nieuw' }).first().click();
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Lampen naar Openbare Werken');
  const words = page.getByRole('combobox', { name: 'Woorden of woordgroepen' });
  await words.fill('straatlamp');
  await words.press('Enter');
  await page.getByRole('combobox', { name: 'Naar dienst' }).click();
  await page.getByRole('option', { name: 'Openbare Werken' }).click();

  await page.getByRole('button', { name: 'Voorbeeld' }).click();
  await page.getByRole('combobox', { name: 'Kanaal' }).click();
  await page.getByRole('option', { name: 'Webformulier' }).click();
  await page.getByRole('textbox', { name: 'Onderwerp' }).fill('Straatlamp kapot');
  await page
    .getByRole('textbox', { name: 'Tekst', exact: true })
    .fill('De straatlamp in de Kerkstraat brandt niet meer.');
  await page.getByTestId('dry-run').click();
  const result = page.getByTestId('dry-run-result');
  await result.waitFor();
  expect(await result.getAttribute('data-matched')).toBe('true');
  await expectAccessible(page, 'Routeringsregel aanmaken (getest)');

  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('cell', { name: 'Lampen naar Openbare Werken', exact: true }).waitFor();
  const rule = await db().routingRule.findFirstOrThrow({ where: { name: 'Lampen naar Openbare Werken' } });
  expect(rule.actions).toMatchObject({ departmentId: works.id });
  expect(JSON.stringify(rule.conditions)).toContain('straatlamp');
  await page.getByRole('cell', { name: 'Lampen naar Openbare Werken', exact: true }).click();
  await page.getByTestId('dry-run').waitFor();
  await expectAccessible(page, 'Routeringsregel bewerken');
}, 120000);

test('an administrator uploads a GeoJSON file as a zone in Zones', async () => {
  const page = await signIn(harness, await admin());
  await page.getByRole('menuitem', { name: 'Zones' }).click();
  await page.getByRole('link', { name: 'Nieuw' }).first().click();
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Centrum');
  const polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [3.26, 50.82],
        [3.28, 50.82],
        [3.28, 50.83],
        [3.26, 50.83],
        [3.26, 50.82],
      ],
    ],
  };
  await page.locator('input[type="file"]').setInputFiles({
    name: 'centrum.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify({ type: 'Feature', properties: {}, geometry: polygon })),
  });
  await page.getByTestId('zone-preview').waitFor();
  await expectAccessible(page, 'Zone aanmaken (GeoJSON geladen)');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('cell', { name: 'Centrum' }).waitFor();
  await expectAccessible(page, 'Zones');
  const zone = await db().zone.findFirstOrThrow({ where: { name: 'Centrum' } });
  expect(JSON.stringify(zone.geometry)).toContain('3.28');
  await page.getByRole('cell', { name: 'Centrum' }).click();
  await page.getByTestId('zone-preview').waitFor();
  await expectAccessible(page, 'Zone bewerken');
}, 120000);

test('an administrator sets an SLA for high-priority tickets', async () => {
  const page = await signIn(harness, await admin());
  await page.getByRole('menuitem', { name: "SLA's" }).click();
  await page.getByRole('link', { name: 'Nieuw' }).first().click();
  await page.getByRole('combobox', { name: 'Prioriteit' }).click();
  await page.getByRole('option', { name: 'Hoog' }).click();
  await page.getByRole('spinbutton', { name: 'Eerste antwoord binnen (werkminuten)' }).fill('60');
  await page.getByRole('spinbutton', { name: 'Oplossing binnen (werkminuten)' }).fill('960');
  await expectAccessible(page, 'SLA aanmaken');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const policy = await eventually(
    () => db().slaPolicy.findFirst({ where: { priority: 'high' } }),
    10000,
    'the SLA stored',
  );
  expect(policy).toMatchObject({ categoryId: null, firstResponseMinutes: 60, resolutionMinutes: 960 });
  await page.getByRole('table').waitFor();
  await expectAccessible(page, "SLA's");
  await page.getByRole('cell', { name: 'Hoog' }).click();
  await page.getByRole('spinbutton', { name: 'Oplossing binnen (werkminuten)' }).waitFor();
  await expectAccessible(page, 'SLA bewerken');
}, 120000);
