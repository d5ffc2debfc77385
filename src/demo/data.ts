import type { Channel } from '../shared/channels';

/** The demo municipality: its departments, contact reasons, staff and a month of realistic contacts. */
/** The demo's kiosk and waiting-room screen; never use these tokens outside a demo. */
export const DEMO_DEVICES = {
  kiosk: 'demo-kiosk-voordeur-2026-onthaalzuil',
  screen: 'demo-scherm-voordeur-2026-wachtzaal',
};

export const DEMO_PASSWORD = 'voordeur-demo-2026';

export const DEPARTMENTS = [
  // the contact center takes calls in a Twilio queue; the others ring a desk phone
  { name: 'Onthaal', email: 'onthaal@voordeur.example', phone: '+3250000000', phoneTarget: 'queue:onthaal' },
  { name: 'Burgerzaken', email: 'burgerzaken@voordeur.example', phone: '+3250000001', phoneTarget: '+3250000001' },
  {
    name: 'Openbare Werken',
    email: 'openbarewerken@voordeur.example',
    phone: '+3250000002',
    phoneTarget: '+3250000002',
  },
  { name: 'Milieu', email: 'milieu@voordeur.example', phone: '+3250000003' },
  { name: 'Financiën', email: 'financien@voordeur.example', phone: '+3250000004' },
  { name: 'Sociale Dienst', email: 'socialedienst@voordeur.example', phone: '+3250000005' },
];

export const CATEGORIES = [
  {
    code: 'identiteitskaart',
    nameNl: 'Identiteitskaart of Kids-ID',
    nameEn: 'Identity card or Kids-ID',
    department: 'Burgerzaken',
  },
  { code: 'rijbewijs', nameNl: 'Rijbewijs', nameEn: 'Driving licence', department: 'Burgerzaken' },
  { code: 'adreswijziging', nameNl: 'Verhuizing en adreswijziging', nameEn: 'Moving house', department: 'Burgerzaken' },
  { code: 'uittreksel', nameNl: 'Uittreksel of attest', nameEn: 'Extract or certificate', department: 'Burgerzaken' },
  {
    code: 'straatverlichting',
    nameNl: 'Defecte straatverlichting',
    nameEn: 'Broken street light',
    department: 'Openbare Werken',
  },
  {
    code: 'wegdek',
    nameNl: 'Put of schade aan de weg of het voetpad',
    nameEn: 'Pothole or damaged pavement',
    department: 'Openbare Werken',
  },
  { code: 'groenonderhoud', nameNl: 'Groenonderhoud', nameEn: 'Parks and greenery', department: 'Openbare Werken' },
  { code: 'sluikstort', nameNl: 'Sluikstort', nameEn: 'Illegal dumping', department: 'Milieu' },
  { code: 'afvalophaling', nameNl: 'Afvalophaling', nameEn: 'Waste collection', department: 'Milieu' },
  { code: 'belastingen', nameNl: 'Gemeentebelastingen', nameEn: 'Local taxes', department: 'Financiën' },
  {
    code: 'sociale-hulp',
    nameNl: 'Sociale hulp en leefloon',
    nameEn: 'Social assistance',
    department: 'Sociale Dienst',
  },
  { code: 'algemene-vraag', nameNl: 'Algemene vraag', nameEn: 'General question', department: 'Onthaal' },
  { code: 'klacht', nameNl: 'Klacht', nameEn: 'Complaint', department: 'Onthaal' },
  { code: 'suggestie', nameNl: 'Suggestie', nameEn: 'Suggestion', department: 'Onthaal' },
];

export const USERS = [
  { email: 'admin@voordeur.example', name: 'An Beheerder', role: 'admin' as const, departments: [] as string[] },
  { email: 'sofie@voordeur.example', name: 'Sofie Peeters', role: 'agent' as const, departments: [] },
  { email: 'jan@voordeur.example', name: 'Jan Claes', role: 'agent' as const, departments: [] },
  { email: 'burgerzaken@voordeur.example', name: 'Els Wouters', role: 'staff' as const, departments: ['Burgerzaken'] },
  {
    email: 'openbarewerken@voordeur.example',
    name: 'Pieter Maes',
    role: 'staff' as const,
    departments: ['Openbare Werken', 'Milieu'],
  },
];

export const CITIZENS = [
  { name: 'Marie Janssens', email: 'marie.janssens@example.be', phone: '0470 11 22 33' },
  { name: 'Luc Vermeulen', email: 'luc.vermeulen@example.be' },
  { name: 'Fatima El Amrani', email: 'fatima.elamrani@example.be', phone: '0485 44 55 66' },
  { name: 'Koen De Smet', phone: '0496 12 34 56' },
  { name: 'Nathalie Dubois', email: 'nathalie.dubois@example.be' },
  { name: 'Tom Mertens', email: 'tom.mertens@example.be', phone: '0477 98 76 54' },
  { name: 'Sarah Willems', email: 'sarah.willems@example.be' },
  { name: 'Ahmed Benali', phone: '0468 23 45 67' },
  { name: 'Ingrid Goossens', email: 'ingrid.goossens@example.be' },
  { name: 'John Smith', email: 'john.smith@example.com', language: 'en' as const },
  { name: 'Hilde Aerts', email: 'hilde.aerts@example.be', phone: '0472 33 44 55' },
  { name: 'Bart Jacobs', email: 'bart.jacobs@example.be' },
  { name: 'Eva Hermans', email: 'eva.hermans@example.be' },
  { name: 'Wim Van Damme', phone: '0499 87 65 43' },
  { name: 'Anna Kowalska', email: 'anna.kowalska@example.com', language: 'en' as const },
];

export const CONTACTS: {
  category: string;
  channel: Channel;
  subject: string;
  body: string;
  address?: string;
  lat?: number;
  lng?: number;
}[] = [
  {
    category: 'straatverlichting',
    channel: 'web',
    subject: 'Straatlamp brandt niet meer',
    body: 'De straatlamp voor huisnummer 14 in de Kerkstraat brandt al een week niet. Het is er ’s avonds erg donker.',
    address: 'Kerkstraat 14',
    lat: 50.8503,
    lng: 3.2632,
  },
  {
    category: 'wegdek',
    channel: 'web',
    subject: 'Diepe put in het fietspad',
    body: 'Op het fietspad langs de Stationsstraat ter hoogte van de bakker zit een diepe put. Gevaarlijk voor fietsers, vooral in het donker.',
    address: 'Stationsstraat 52',
    lat: 50.8521,
    lng: 3.2601,
  },
  {
    category: 'sluikstort',
    channel: 'web',
    subject: 'Zakken afval achtergelaten aan de glasbol',
    body: 'Aan de glasbollen op het Marktplein staan sinds het weekend vijf zakken huisvuil en een oude matras.',
    address: 'Marktplein',
    lat: 50.8489,
    lng: 3.2655,
  },
  {
    category: 'identiteitskaart',
    channel: 'phone',
    subject: 'Nieuwe identiteitskaart aanvragen',
    body: 'Burger belt: identiteitskaart vervalt volgende maand. Wil weten wat mee te brengen en of er een afspraak nodig is.',
  },
  {
    category: 'identiteitskaart',
    channel: 'email',
    subject: 'Kids-ID voor reis naar Spanje',
    body: 'Goedendag, wij vertrekken over drie weken naar Spanje. Hoe snel kan ik een Kids-ID krijgen voor mijn dochter van 6? Met vriendelijke groeten.',
  },
  {
    category: 'rijbewijs',
    channel: 'email',
    subject: 'Rijbewijs verloren',
    body: 'Ik ben mijn rijbewijs verloren tijdens een wandeling. Wat moet ik doen om een nieuw te krijgen? Moet ik eerst aangifte doen bij de politie?',
  },
  {
    category: 'adreswijziging',
    channel: 'web',
    subject: 'Verhuis doorgeven',
    body: 'Wij verhuizen op 1 december naar de Molenstraat 8. Hoe geef ik dit door en komt de wijkagent langs?',
  },
  {
    category: 'uittreksel',
    channel: 'phone',
    subject: 'Uittreksel uit het strafregister',
    body: 'Burger heeft een uittreksel uit het strafregister nodig voor een nieuwe job in het onderwijs (model 2). Doorverwezen naar het e-loket, maar lukt niet met itsme.',
  },
  {
    category: 'afvalophaling',
    channel: 'phone',
    subject: 'PMD-zak niet meegenomen',
    body: 'De blauwe zak werd gisteren niet opgehaald in de Lindenlaan. Andere buren ook niet.',
  },
  {
    category: 'afvalophaling',
    channel: 'sms',
    subject: 'Containerpark open op zaterdag?',
    body: 'Is het containerpark open op zaterdag voor kerst?',
  },
  {
    category: 'belastingen',
    channel: 'email',
    subject: 'Vraag over aanslagbiljet afvalbelasting',
    body: 'Ik ontving een aanslagbiljet voor de afvalbelasting, maar ik woon sinds maart niet meer op dat adres. Kan dit rechtgezet worden?',
  },
  {
    category: 'sociale-hulp',
    channel: 'counter',
    subject: 'Hulp bij energiefactuur',
    body: 'Burger aan het loket: kan de energiefactuur niet betalen, vraagt naar een afbetalingsplan en sociale tarieven.',
  },
  {
    category: 'groenonderhoud',
    channel: 'web',
    subject: 'Overhangende takken boven het voetpad',
    body: 'In de Beukenlaan hangen de takken van de gemeentelijke bomen zo laag dat je met een kinderwagen niet meer over het voetpad kunt.',
    address: 'Beukenlaan',
    lat: 50.8475,
    lng: 3.259,
  },
  {
    category: 'algemene-vraag',
    channel: 'phone',
    subject: 'Openingsuren gemeentehuis tijdens de feestdagen',
    body: 'Burger vraagt naar de openingsuren tussen kerst en nieuwjaar.',
  },
  {
    category: 'klacht',
    channel: 'email',
    subject: 'Lang gewacht aan het loket',
    body: 'Vorige dinsdag heb ik meer dan een uur moeten wachten aan het loket Burgerzaken, terwijl ik een afspraak had. Dit is niet de eerste keer.',
  },
  {
    category: 'suggestie',
    channel: 'web',
    subject: 'Meer fietsenstallingen aan het station',
    body: 'Aan het station is er ’s morgens geen plaats meer in de fietsenstalling. Kan de gemeente er bijplaatsen?',
  },
  {
    category: 'straatverlichting',
    channel: 'phone',
    subject: 'Knipperende straatlamp',
    body: 'Straatlamp aan de speeltuin in de Parkstraat knippert de hele nacht. Paalnummer volgens de burger: 4417.',
    address: 'Parkstraat',
    lat: 50.8512,
    lng: 3.2689,
  },
  {
    category: 'wegdek',
    channel: 'sms',
    subject: 'Losliggende stoeptegels',
    body: 'Losse stoeptegels aan de school in de Kapelstraat, al twee kinderen gevallen.',
  },
  {
    category: 'sluikstort',
    channel: 'phone',
    subject: 'Bouwafval in de gracht',
    body: 'Burger meldt bouwafval (gipsplaten, emmers) in de gracht langs de Veldweg.',
    address: 'Veldweg',
    lat: 50.844,
    lng: 3.2711,
  },
  {
    category: 'algemene-vraag',
    channel: 'email',
    subject: 'Parkeervergunning voor bewoners',
    body: 'Hoe vraag ik een bewonerskaart aan om in mijn straat te parkeren? Ik heb twee auto’s.',
  },
  {
    category: 'identiteitskaart',
    channel: 'counter',
    subject: 'PIN-code identiteitskaart vergeten',
    body: 'Burger aan het loket is PIN- en PUK-code vergeten. Nieuwe codes aangevraagd.',
  },
  {
    category: 'algemene-vraag',
    channel: 'web',
    subject: 'Question about registering as a new resident',
    body: 'Hello, I moved to the municipality from Poland last week. How do I register, and which documents do I need to bring?',
  },
  {
    category: 'klacht',
    channel: 'phone',
    subject: 'Geluidsoverlast van evenement',
    body: 'Burger klaagt over luide muziek tot 3 uur ’s nachts bij het evenement op het sportterrein.',
  },
  {
    category: 'belastingen',
    channel: 'web',
    subject: 'Vrijstelling tweedeverblijvenbelasting',
    body: 'Mijn moeder verblijft in een woonzorgcentrum; moet ik voor haar woning nog tweedeverblijvenbelasting betalen?',
  },
  {
    category: 'sociale-hulp',
    channel: 'phone',
    subject: 'Vraag naar maaltijden aan huis',
    body: 'Dochter belt voor haar vader (84): kan hij maaltijden aan huis krijgen en wat kost dat?',
  },
];

/** The town hall's week: mornings every weekday, afternoons Monday, Tuesday and Thursday, a late Wednesday. */
export const MUNICIPAL_HOURS = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '12:00' })),
  ...[1, 2, 4].map((weekday) => ({ weekday, opens: '13:30', closes: '16:00' })),
  { weekday: 3, opens: '13:30', closes: '19:00' },
];

export const CLOSURES = [
  { startDate: '2026-12-24', endDate: '2026-12-26', reason: 'Kerstverlof' },
  { startDate: '2026-12-31', endDate: '2027-01-01', reason: 'Oudejaar' },
];

export const CENTRUM_ZONE = {
  type: 'Polygon',
  coordinates: [
    [
      [3.2555, 50.8455],
      [3.2715, 50.8455],
      [3.2715, 50.8545],
      [3.2555, 50.8545],
      [3.2555, 50.8455],
    ],
  ],
};

/** Open311 (and the public map): which contact reasons are problems in public space anyone may report and see. */
export const DEMO_OPEN311_KEY = { name: 'Demo-app', key: 'demo-open311-key-voordeur-2026' };

export const OPEN311_CATEGORIES: Record<
  string,
  {
    reportable: boolean;
    mapVisibility: 'exact' | 'approximate' | 'hidden';
    groupName?: string;
    keywords?: string[];
    description?: string;
    attributes?: object[];
  }
> = {
  straatverlichting: {
    reportable: true,
    mapVisibility: 'exact',
    groupName: 'Openbare ruimte',
    keywords: ['straatlamp', 'verlichting'],
    description: 'Een straatlamp die niet, slecht of op het verkeerde moment brandt.',
    attributes: [
      {
        variable: true,
        code: 'paalnummer',
        datatype: 'string',
        required: true,
        datatype_description: 'Het nummer op de paal (bv. 12-345)',
        order: 1,
        description: 'Paalnummer',
        values: [],
      },
      {
        variable: true,
        code: 'soort_defect',
        datatype: 'singlevaluelist',
        required: false,
        order: 2,
        description: 'Wat is er mis?',
        values: [
          { key: 'uit', name: 'Brandt niet' },
          { key: 'knippert', name: 'Knippert' },
          { key: 'overdag', name: 'Brandt overdag' },
        ],
      },
    ],
  },
  wegdek: {
    reportable: true,
    mapVisibility: 'approximate',
    groupName: 'Openbare ruimte',
    keywords: ['put', 'voetpad', 'fietspad', 'stoeptegel'],
    description: 'Een put, losliggende tegels of andere schade aan de weg, het fietspad of het voetpad.',
  },
  groenonderhoud: {
    reportable: true,
    mapVisibility: 'approximate',
    groupName: 'Openbare ruimte',
    keywords: ['boom', 'takken', 'gras', 'park'],
    description: 'Overhangende takken, een omgevallen boom of verwaarloosd openbaar groen.',
  },
  sluikstort: {
    reportable: true,
    mapVisibility: 'approximate',
    groupName: 'Netheid',
    keywords: ['afval', 'zwerfvuil', 'dumping'],
    description: 'Afval dat op straat, in de natuur of bij de glasbollen is achtergelaten.',
    attributes: [
      {
        variable: true,
        code: 'soort_afval',
        datatype: 'multivaluelist',
        required: false,
        datatype_description: null,
        order: 1,
        description: 'Wat ligt er?',
        values: [
          { key: 'huisvuil', name: 'Huisvuil' },
          { key: 'grofvuil', name: 'Grofvuil of meubels' },
          { key: 'bouwafval', name: 'Bouwafval' },
        ],
      },
    ],
  },
  // about people and their homes: never reportable, never on the map
  'sociale-hulp': { reportable: false, mapVisibility: 'hidden' },
  adreswijziging: { reportable: false, mapVisibility: 'hidden' },
  afvalophaling: { reportable: false, mapVisibility: 'hidden' },
};
