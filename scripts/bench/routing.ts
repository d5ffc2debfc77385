import { routeTicket, type Rule, type TicketFacts } from '../../src/routing/rules';
import type { Zone } from '../../src/routing/zones';
import { BusinessCalendar } from '../../src/routing/calendar';

const RULES = 200;
const ZONES = 20;
const DECISIONS = Number(process.env.BENCH_ROUTING_DECISIONS ?? 50_000);

// a deterministic generator, so every run measures the same work
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const TOPICS = [
  'straatlamp',
  'sluikstort',
  'afval',
  'put',
  'fietspad',
  'riolering',
  'boom',
  'bank',
  'parkeren',
  'lawaai',
  'containerpark',
  'identiteitskaart',
  'rijbewijs',
  'verhuizing',
  'belasting',
  'subsidie',
  'premie',
  'graf',
  'markt',
  'evenement',
];
// 200 keywords, so that a typical ticket matches a rule far down the list, or none: the expensive case
const WORDS = [...TOPICS, ...Array.from({ length: 180 }, (_, k) => `${pick(TOPICS)}${k}`)];
const FILLER = [
  'de',
  'het',
  'een',
  'is',
  'kapot',
  'al',
  'weken',
  'in',
  'onze',
  'straat',
  'graag',
  'dringend',
  'naast',
  'school',
  'kerk',
  'hoek',
  'bij',
  'nummer',
  'sinds',
  'gisteren',
];

/** A zone of about 50 points around a centre near Kortrijk. */
function zone(i: number): Zone {
  const [cx, cy, r] = [3.2 + rand() * 0.15, 50.8 + rand() * 0.1, 0.005 + rand() * 0.02];
  const ring: [number, number][] = Array.from({ length: 49 }, (_, k) => {
    const a = (k / 49) * 2 * Math.PI;
    const rr = r * (0.7 + 0.3 * rand());
    return [cx + rr * Math.cos(a), cy + rr * Math.sin(a)];
  });
  ring.push(ring[0]);
  return { id: uuid(1000 + i), name: `Zone ${i}`, geometry: { type: 'Polygon', coordinates: [ring] } };
}

function rule(i: number, zones: Zone[]): Rule {
  const conditions: Rule['conditions'] = {};
  if (i % 2 === 0) conditions.words = [pick(WORDS), pick(WORDS), pick(WORDS)];
  if (i % 3 === 0) conditions.channels = [pick(['web', 'email', 'phone'] as const)];
  if (i % 5 === 0) conditions.zoneIds = [pick(zones).id, pick(zones).id];
  if (i % 7 === 0) conditions.senders = [`@domein${i}.be`];
  if (i % 11 === 0) conditions.timeOfDay = { from: '17:00', to: '08:00' };
  if (i % 13 === 0) conditions.outsideOpeningHours = true;
  if (Object.keys(conditions).length === 0) conditions.languages = ['en'];
  return { id: uuid(i), name: `Regel ${i}`, position: i * 10, active: true, conditions, actions: { priority: 'high' } };
}

function ticket(i: number): TicketFacts {
  const words = [...Array.from({ length: 38 }, () => pick(FILLER)), pick(WORDS), pick(WORDS)];
  return {
    channel: pick(['web', 'email', 'phone', 'sms'] as const),
    subject: `${pick(FILLER)} ${pick(WORDS)}`,
    body: words.join(' '),
    senderEmail: `burger${i}@example.be`,
    senderPhone: '+32470123456',
    language: 'nl',
    latitude: 50.8 + rand() * 0.1,
    longitude: 3.2 + rand() * 0.15,
    receivedAt: new Date(Date.UTC(2026, 10, 1 + (i % 28), i % 24, i % 60)),
  };
}

const zones = Array.from({ length: ZONES }, (_, i) => zone(i));
const rules = Array.from({ length: RULES }, (_, i) => rule(i + 1, zones));
const calendar = new BusinessCalendar({
  hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, opens: '08:30', closes: '16:30' })),
});
const tickets = Array.from({ length: 1000 }, (_, i) => ticket(i));

for (let i = 0; i < 2000; i++) routeTicket(tickets[i % tickets.length], rules, { zones, openingHours: calendar });
const times: number[] = [];
let matched = 0;
const began = performance.now();
for (let i = 0; i < DECISIONS; i++) {
  const t0 = performance.now();
  if (routeTicket(tickets[i % tickets.length], rules, { zones, openingHours: calendar })) matched++;
  times.push(performance.now() - t0);
}
const seconds = (performance.now() - began) / 1000;
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.floor(p * (times.length - 1))] * 1000;
console.log(
  `\nRouting decisions: ${RULES} rules, ${ZONES} zones of 50 points, ${DECISIONS} tickets of ~40 words with a location`,
);
console.log(
  `  ${Math.round(DECISIONS / seconds)} decisions/s on one core; per decision p50 ${q(0.5).toFixed(0)} µs, p99 ${q(0.99).toFixed(0)} µs (${matched} of ${DECISIONS} matched a rule)`,
);
