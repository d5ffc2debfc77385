import {
  checkRule,
  routeTicket,
  type ConditionCheck,
  type OpeningHoursCheck,
  type Rule,
  type RoutingContext,
  type TicketFacts,
} from './rules';
import { explainReason } from './reasons';
import { registerChannelDefinitions } from '../shared/channelRegistry';
import { CHANNELS, REPLY_CHANNELS } from '../shared/channels';
import { emailChannel } from '../channels/email/channel';
import { smsChannel } from '../channels/sms/channel';
import { webChannel } from '../channels/web/channel';
import type { RuleConditions } from './ruleSchema';
import type { Zone } from './zones';

// the reasons name channels by their words, from the channels' definitions (registered at start); the channels
// these rules use are the real ones, the others only need to be there
beforeAll(() =>
  registerChannelDefinitions(
    CHANNELS.map(
      (channel) =>
        [webChannel, emailChannel, smsChannel].find((d) => d.channel === channel) ?? {
          channel,
          words: { nl: { name: channel, via: channel }, en: { name: channel, via: channel } },
          messaging: (REPLY_CHANNELS as string[]).includes(channel)
            ? { ...emailChannel.messaging!, channel: channel as (typeof REPLY_CHANNELS)[number] }
            : undefined,
        },
    ),
  ),
);

/** The checks with their reasons in English, as an English-speaking administrator reads them. */
const explained = (checks: ConditionCheck[] | undefined) =>
  checks?.map(({ condition, matched, reason }) => ({ condition, matched, detail: explainReason(reason, 'en') }));

const WEGEN = '11111111-1111-4111-8111-111111111111';
const AFVAL = '22222222-2222-4222-8222-222222222222';
const CENTRUM = '33333333-3333-4333-8333-333333333333';
const HEULE = '44444444-4444-4444-8444-444444444444';

const square = (west: number, south: number, east: number, north: number): [number, number][] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];
const zones: Zone[] = [
  // Centrum leaves out the Begijnhofpark, which the park service handles.
  {
    id: CENTRUM,
    name: 'Centrum',
    geometry: { type: 'Polygon', coordinates: [square(3.25, 50.82, 3.29, 50.84), square(3.26, 50.826, 3.27, 50.832)] },
  },
  { id: HEULE, name: 'Heule', geometry: { type: 'Polygon', coordinates: [square(3.22, 50.83, 3.25, 50.86)] } },
];

const ticket = (overrides: Partial<TicketFacts> = {}): TicketFacts => ({
  channel: 'email',
  subject: 'Melding',
  body: '',
  language: 'nl',
  receivedAt: new Date('2026-05-12T08:00:00Z'), // a Tuesday, 10:00 in Brussels
  ...overrides,
});
const context = (overrides: Partial<RoutingContext> = {}): RoutingContext => ({ zones, ...overrides });
const matches = (conditions: RuleConditions, facts: Partial<TicketFacts>, ctx = context()) =>
  checkRule(ticket(facts), { conditions }, ctx).matched;

describe('channels', () => {
  test('a ticket from a listed channel matches', () => {
    expect(matches({ channels: ['sms', 'email'] }, { channel: 'email' })).toBe(true);
  });
  test('a ticket from another channel does not', () => {
    expect(matches({ channels: ['sms', 'phone'] }, { channel: 'web' })).toBe(false);
  });
});

describe('categories', () => {
  test('a ticket with a listed category matches', () => {
    expect(matches({ categoryIds: [WEGEN, AFVAL] }, { categoryId: AFVAL })).toBe(true);
  });
  test('a ticket with another category, or none, does not', () => {
    expect(matches({ categoryIds: [WEGEN] }, { categoryId: AFVAL })).toBe(false);
    expect(matches({ categoryIds: [WEGEN] }, { categoryId: null })).toBe(false);
  });
});

describe('words in subject or body', () => {
  test('a listed word in the subject matches', () => {
    expect(matches({ words: ['straatlamp'] }, { subject: 'Straatlamp kapot in de Kerkstraat' })).toBe(true);
  });
  test('a listed word in the body matches', () => {
    expect(matches({ words: ['sluikstort'] }, { body: 'Er ligt weer een sluikstort aan de container.' })).toBe(true);
  });
  test('any one of the listed words is enough', () => {
    expect(matches({ words: ['riool', 'put'] }, { body: 'De put loopt over.' })).toBe(true);
  });
  test('case does not matter', () => {
    expect(matches({ words: ['STRAATLAMP'] }, { body: 'straatlamp' })).toBe(true);
  });
  test('accents do not matter, in either the ticket or the rule', () => {
    expect(matches({ words: ['riolering'] }, { body: 'Probleem met de rioléring.' })).toBe(true);
    expect(matches({ words: ['rioléring'] }, { body: 'Probleem met de RIOLERING.' })).toBe(true);
    expect(matches({ words: ['cafe'] }, { body: 'Terras van het Café' })).toBe(true);
  });
  test('only whole words: "lamp" does not match "lampion" or "straatlamp"', () => {
    expect(matches({ words: ['lamp'] }, { body: 'Een lampion en een straatlamp' })).toBe(false);
  });
  test('"Put" does not match "Output"', () => {
    expect(matches({ words: ['put'] }, { subject: 'Output van het formulier' })).toBe(false);
  });
  test('digits are part of words: "3" does not match "30"', () => {
    expect(matches({ words: ['zone 3'] }, { body: 'zone 30 ingevoerd' })).toBe(false);
    expect(matches({ words: ['zone 30'] }, { body: 'Zone 30 ingevoerd' })).toBe(true);
  });
  test('punctuation around a word does not hide it', () => {
    expect(matches({ words: ['lamp'] }, { body: 'De lamp, die (al weken!) kapot is.' })).toBe(true);
  });
  test('a phrase matches its words in sequence, whatever spacing or punctuation lies between', () => {
    expect(matches({ words: ['lamp kapot'] }, { body: 'De lamp   kapot; al weken.' })).toBe(true);
    expect(matches({ words: ['lamp kapot'] }, { body: 'De lamp-kapot melding' })).toBe(true);
  });
  test('a phrase does not match when its words are apart or in another order', () => {
    expect(matches({ words: ['lamp kapot'] }, { body: 'De lamp is kapot.' })).toBe(false);
    expect(matches({ words: ['lamp kapot'] }, { body: 'Kapot: lamp.' })).toBe(false);
  });
  test('a phrase does not run from the end of the subject into the body', () => {
    expect(matches({ words: ['lamp kapot'] }, { subject: 'Straat lamp', body: 'kapot sinds gisteren' })).toBe(false);
  });
  test('none of the words present: no match', () => {
    expect(matches({ words: ['riool', 'afvoer'] }, { subject: 'Parkeerkaart', body: 'Graag een bewonerskaart.' })).toBe(
      false,
    );
  });
});

describe('senders', () => {
  test('an exact address matches, ignoring case', () => {
    expect(matches({ senders: ['Jan.Peeters@Example.be'] }, { senderEmail: 'jan.peeters@example.BE' })).toBe(true);
  });
  test('another address at the same domain does not match an exact address', () => {
    expect(matches({ senders: ['jan@example.be'] }, { senderEmail: 'an@example.be' })).toBe(false);
  });
  test('a domain matches its addresses', () => {
    expect(matches({ senders: ['@politie.be'] }, { senderEmail: 'wijkagent@politie.be' })).toBe(true);
  });
  test('a domain matches addresses at its subdomains', () => {
    expect(matches({ senders: ['@politie.be'] }, { senderEmail: 'dispatch@zone.politie.be' })).toBe(true);
  });
  test('a lookalike domain that merely starts or ends like it does not match', () => {
    expect(matches({ senders: ['@politie.be'] }, { senderEmail: 'x@politie.be.evil.com' })).toBe(false);
    expect(matches({ senders: ['@politie.be'] }, { senderEmail: 'x@nietpolitie.be' })).toBe(false);
  });
  test('a ticket without an email address does not match', () => {
    expect(matches({ senders: ['@politie.be'] }, { channel: 'phone', senderEmail: null })).toBe(false);
  });
});

describe('phone prefixes', () => {
  test('a number starting with a listed prefix matches', () => {
    expect(matches({ phonePrefixes: ['+3256'] }, { channel: 'phone', senderPhone: '+3256123456' })).toBe(true);
    expect(matches({ phonePrefixes: ['+3256', '+32470'] }, { channel: 'sms', senderPhone: '+32470123456' })).toBe(true);
  });
  test('a number with another prefix does not', () => {
    expect(matches({ phonePrefixes: ['+3256'] }, { channel: 'phone', senderPhone: '+3250123456' })).toBe(false);
    expect(matches({ phonePrefixes: ['+32470'] }, { channel: 'sms', senderPhone: '+32471123456' })).toBe(false);
  });
  test('a ticket without a phone number does not match', () => {
    expect(matches({ phonePrefixes: ['+32'] }, { channel: 'web' })).toBe(false);
  });
});

describe('languages', () => {
  test('a ticket in a listed language matches', () => {
    expect(matches({ languages: ['en'] }, { language: 'en' })).toBe(true);
  });
  test('a ticket in another language does not', () => {
    expect(matches({ languages: ['en'] }, { language: 'nl' })).toBe(false);
  });
});

describe('zones', () => {
  test('a location inside a listed zone matches', () => {
    expect(matches({ zoneIds: [CENTRUM] }, { latitude: 50.822, longitude: 3.255 })).toBe(true);
  });
  test('a location in the hole of a zone does not match that zone', () => {
    expect(matches({ zoneIds: [CENTRUM] }, { latitude: 50.829, longitude: 3.265 })).toBe(false);
  });
  test('a location in another zone does not match', () => {
    expect(matches({ zoneIds: [CENTRUM] }, { latitude: 50.85, longitude: 3.23 })).toBe(false);
    expect(matches({ zoneIds: [CENTRUM, HEULE] }, { latitude: 50.85, longitude: 3.23 })).toBe(true);
  });
  test('a ticket without a location does not match', () => {
    expect(matches({ zoneIds: [CENTRUM] }, { latitude: null, longitude: null })).toBe(false);
    expect(matches({ zoneIds: [CENTRUM] }, { latitude: 50.822 })).toBe(false);
  });
  test('a zone that no longer exists matches nothing', () => {
    expect(matches({ zoneIds: [WEGEN] }, { latitude: 50.822, longitude: 3.255 })).toBe(false);
  });
});

describe('time of day, in Brussels', () => {
  const office = { timeOfDay: { from: '08:00', to: '17:00' } };
  const night = { timeOfDay: { from: '22:00', to: '06:00' } };
  const at = (iso: string) => ({ receivedAt: new Date(iso) });

  test('within the window matches, the start included and the end excluded', () => {
    expect(matches(office, at('2026-05-12T06:00:00Z'))).toBe(true); // 08:00 summer time
    expect(matches(office, at('2026-05-12T14:59:00Z'))).toBe(true); // 16:59
    expect(matches(office, at('2026-05-12T15:00:00Z'))).toBe(false); // 17:00
    expect(matches(office, at('2026-05-12T05:59:00Z'))).toBe(false); // 07:59
  });
  test('uses winter time in winter', () => {
    expect(matches(office, at('2026-01-13T07:00:00Z'))).toBe(true); // 08:00 CET
    expect(matches(office, at('2026-01-13T16:00:00Z'))).toBe(false); // 17:00 CET
  });
  test('a window from late to early runs past midnight', () => {
    expect(matches(night, at('2026-05-12T21:30:00Z'))).toBe(true); // 23:30
    expect(matches(night, at('2026-05-12T01:00:00Z'))).toBe(true); // 03:00
    expect(matches(night, at('2026-05-12T10:00:00Z'))).toBe(false); // 12:00
    expect(matches(night, at('2026-05-12T04:00:00Z'))).toBe(false); // 06:00
  });
  test('on the spring DST day, local time follows the clock change', () => {
    expect(matches(night, at('2026-03-29T00:30:00Z'))).toBe(true); // 01:30 CET
    expect(matches(night, at('2026-03-29T03:30:00Z'))).toBe(true); // 05:30 CEST
    expect(matches(night, at('2026-03-29T04:30:00Z'))).toBe(false); // 06:30 CEST, would be 05:30 without the change
    expect(matches(office, at('2026-03-29T06:15:00Z'))).toBe(true); // 08:15 CEST, would be 07:15 without the change
  });
  test('on the autumn DST day, local time follows the clock change', () => {
    expect(matches(night, at('2026-10-25T04:30:00Z'))).toBe(true); // 05:30 CET, would be 06:30 without the change
    expect(matches(night, at('2026-10-25T05:30:00Z'))).toBe(false); // 06:30 CET
    const repeatedHour = { timeOfDay: { from: '02:00', to: '03:00' } };
    expect(matches(repeatedHour, at('2026-10-25T00:30:00Z'))).toBe(true); // first 02:30, CEST
    expect(matches(repeatedHour, at('2026-10-25T01:30:00Z'))).toBe(true); // second 02:30, CET
  });
  test('weekdays limit the window to those days', () => {
    const weekdaysOffice = { timeOfDay: { from: '08:00', to: '17:00', weekdays: [1, 2, 3, 4, 5] } };
    expect(matches(weekdaysOffice, at('2026-05-12T08:00:00Z'))).toBe(true); // Tuesday 10:00
    expect(matches(weekdaysOffice, at('2026-05-16T08:00:00Z'))).toBe(false); // Saturday 10:00
  });
  test('the weekday of a night window is the day the night starts', () => {
    const fridayNight = { timeOfDay: { from: '22:00', to: '06:00', weekdays: [5] } };
    expect(matches(fridayNight, at('2026-05-15T21:00:00Z'))).toBe(true); // Friday 23:00
    expect(matches(fridayNight, at('2026-05-16T00:00:00Z'))).toBe(true); // Saturday 02:00
    expect(matches(fridayNight, at('2026-05-15T00:00:00Z'))).toBe(false); // Friday 02:00: still Thursday night
    expect(matches(fridayNight, at('2026-05-16T21:00:00Z'))).toBe(false); // Saturday 23:00
  });
  test('24:00 ends the window at midnight', () => {
    const allDayWeekend = { timeOfDay: { from: '00:00', to: '24:00', weekdays: [6, 7] } };
    expect(matches(allDayWeekend, at('2026-05-16T21:59:00Z'))).toBe(true); // Saturday 23:59
    expect(matches(allDayWeekend, at('2026-05-17T22:00:00Z'))).toBe(false); // Monday 00:00
  });
});

describe('opening hours', () => {
  const closed: OpeningHoursCheck = { isOpen: () => false };
  const open: OpeningHoursCheck = { isOpen: () => true };

  test('outsideOpeningHours true matches only while closed', () => {
    expect(matches({ outsideOpeningHours: true }, {}, context({ openingHours: closed }))).toBe(true);
    expect(matches({ outsideOpeningHours: true }, {}, context({ openingHours: open }))).toBe(false);
  });
  test('outsideOpeningHours false matches only while open', () => {
    expect(matches({ outsideOpeningHours: false }, {}, context({ openingHours: open }))).toBe(true);
    expect(matches({ outsideOpeningHours: false }, {}, context({ openingHours: closed }))).toBe(false);
  });
  test('the calendar is asked about the moment the ticket was received', () => {
    const receivedAt = new Date('2026-05-12T19:00:00Z');
    const asked: Date[] = [];
    checkRule(
      ticket({ receivedAt }),
      { conditions: { outsideOpeningHours: true } },
      context({ openingHours: { isOpen: (at) => (asked.push(at), false) } }),
    );
    expect(asked).toEqual([receivedAt]);
  });
  test('without a calendar neither value matches', () => {
    expect(matches({ outsideOpeningHours: true }, {})).toBe(false);
    expect(matches({ outsideOpeningHours: false }, {})).toBe(false);
  });
});

describe('a rule with several conditions', () => {
  const conditions: RuleConditions = { channels: ['email'], words: ['riolering'] };

  test('matches when every condition matches', () => {
    expect(matches(conditions, { channel: 'email', body: 'riolering' })).toBe(true);
  });
  test('does not match when one condition fails', () => {
    expect(matches(conditions, { channel: 'web', body: 'riolering' })).toBe(false);
  });
});

const rule = (id: string, position: number, conditions: RuleConditions, overrides: Partial<Rule> = {}): Rule => ({
  id,
  name: id,
  position,
  active: true,
  conditions,
  actions: { priority: 'normal' },
  ...overrides,
});

describe('routing a ticket: the first matching rule decides', () => {
  const lamp = ticket({ subject: 'Straatlamp kapot', channel: 'web' });

  test('of two matching rules, the lower position wins, whatever the list order', () => {
    const rules = [rule('urgent', 20, { words: ['straatlamp'] }), rule('web', 10, { channels: ['web'] })];
    expect(routeTicket(lamp, rules, context())?.rule.id).toBe('web');
  });
  test('equal positions are ordered by id, so the outcome never depends on list order', () => {
    const a = rule('a', 10, { channels: ['web'] });
    const b = rule('b', 10, { channels: ['web'] });
    expect(routeTicket(lamp, [b, a], context())?.rule.id).toBe('a');
    expect(routeTicket(lamp, [a, b], context())?.rule.id).toBe('a');
  });
  test('an inactive rule is skipped even when it would match first', () => {
    const rules = [rule('paused', 1, { channels: ['web'] }, { active: false }), rule('web', 10, { channels: ['web'] })];
    expect(routeTicket(lamp, rules, context())?.rule.id).toBe('web');
  });
  test('a rule that does not match lets the next one decide', () => {
    const rules = [rule('sms', 1, { channels: ['sms'] }), rule('lamp', 2, { words: ['straatlamp'] })];
    expect(routeTicket(lamp, rules, context())?.rule.id).toBe('lamp');
  });
  test('a catch-all last rule takes what no other rule matched', () => {
    const rules = [rule('catch-all', 999, {}), rule('sms', 1, { channels: ['sms'] })];
    const routed = routeTicket(lamp, rules, context());
    expect(routed?.rule.id).toBe('catch-all');
    expect(routed?.checks).toEqual([]);
  });
  test('a rule needing a location does not match a ticket without one; the next rule decides', () => {
    const rules = [rule('centrum', 1, { zoneIds: [CENTRUM] }), rule('catch-all', 999, {})];
    expect(routeTicket(lamp, rules, context())?.rule.id).toBe('catch-all');
  });
  test('without a matching rule the ticket is not routed', () => {
    expect(routeTicket(lamp, [rule('sms', 1, { channels: ['sms'] })], context())).toBeUndefined();
    expect(routeTicket(lamp, [], context())).toBeUndefined();
  });
  test('the chosen rule comes with the checks that made it match', () => {
    const rules = [rule('lamp', 1, { channels: ['web'], words: ['straatlamp'] })];
    expect(explained(routeTicket(lamp, rules, context())?.checks)).toEqual([
      { condition: 'channels', matched: true, detail: 'Channel Web form is one of: Web form' },
      { condition: 'words', matched: true, detail: 'Subject or body contains "straatlamp"' },
    ]);
  });
  test('the rules list passed in keeps its order', () => {
    const rules = [rule('b', 2, {}), rule('a', 1, {})];
    routeTicket(lamp, rules, context());
    expect(rules.map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('dry run: every stated condition is reported with its reason, in Dutch or English', () => {
  test('a matching rule reports each condition as matched, in a fixed order', () => {
    const facts = ticket({
      channel: 'email',
      categoryId: WEGEN,
      subject: 'Straatlamp kapot',
      senderEmail: 'Wijkagent@Zone.Politie.be',
      latitude: 50.822,
      longitude: 3.255,
      receivedAt: new Date('2026-05-15T21:15:00Z'),
    });
    const conditions: RuleConditions = {
      outsideOpeningHours: true,
      zoneIds: [HEULE, CENTRUM],
      timeOfDay: { from: '22:00', to: '06:00', weekdays: [5] },
      senders: ['@politie.be'],
      words: ['lamp', 'straatlamp'],
      languages: ['nl'],
      categoryIds: [WEGEN],
      channels: ['email', 'web'],
    };
    const result = checkRule(facts, { conditions }, context({ openingHours: { isOpen: () => false } }));
    expect(result.matched).toBe(true);
    expect(explained(result.checks)).toEqual([
      { condition: 'channels', matched: true, detail: 'Channel Email is one of: Email, Web form' },
      { condition: 'categoryIds', matched: true, detail: `Category ${WEGEN} is in the list` },
      { condition: 'words', matched: true, detail: 'Subject or body contains "straatlamp"' },
      { condition: 'senders', matched: true, detail: 'Sender wijkagent@zone.politie.be matches @politie.be' },
      { condition: 'languages', matched: true, detail: 'Language Dutch is one of: Dutch' },
      { condition: 'zoneIds', matched: true, detail: 'Location 50.822, 3.255 is in zone Centrum' },
      {
        condition: 'timeOfDay',
        matched: true,
        detail: 'Received on Friday at 23:15 (Brussels time), within 22:00–06:00, starting on Friday',
      },
      { condition: 'outsideOpeningHours', matched: true, detail: 'Received outside opening hours' },
    ]);
    // the same reasons in Dutch, for the Dutch console; categories by name when the caller knows them
    expect(
      result.checks.map((c) => explainReason(c.reason, 'nl', { categories: new Map([[WEGEN, 'Wegen en voetpaden']]) })),
    ).toEqual([
      'Kanaal E-mail is een van: E-mail, Webformulier',
      'Categorie Wegen en voetpaden staat in de lijst',
      'Onderwerp of tekst bevat "straatlamp"',
      'Afzender wijkagent@zone.politie.be past bij @politie.be',
      'Taal Nederlands is een van: Nederlands',
      'Locatie 50.822, 3.255 ligt in zone Centrum',
      'Ontvangen op vrijdag om 23:15 (Brusselse tijd), binnen 22:00–06:00, beginnend op vrijdag',
      'Ontvangen buiten de openingsuren',
    ]);
  });

  test('a failing rule still reports every condition, so the administrator sees all reasons at once', () => {
    const facts = ticket({ channel: 'sms', subject: 'Parkeren', senderPhone: '+32470123456', language: 'en' });
    const conditions: RuleConditions = {
      channels: ['email'],
      categoryIds: [AFVAL],
      words: ['riool', 'put'],
      senders: ['@politie.be'],
      phonePrefixes: ['+3256'],
      languages: ['nl'],
      zoneIds: [CENTRUM],
      timeOfDay: { from: '18:00', to: '20:00', weekdays: [6, 7] },
      outsideOpeningHours: true,
    };
    const result = checkRule(facts, { conditions }, context());
    expect(result.matched).toBe(false);
    expect(explained(result.checks)).toEqual([
      { condition: 'channels', matched: false, detail: 'Channel SMS is none of: Email' },
      { condition: 'categoryIds', matched: false, detail: 'The ticket has no category' },
      { condition: 'words', matched: false, detail: 'Subject and body contain none of "riool", "put"' },
      { condition: 'senders', matched: false, detail: 'The ticket has no sender email address' },
      { condition: 'phonePrefixes', matched: false, detail: 'Phone number +32470123456 starts with none of: +3256' },
      { condition: 'languages', matched: false, detail: 'Language English is none of: Dutch' },
      { condition: 'zoneIds', matched: false, detail: 'The ticket has no location' },
      {
        condition: 'timeOfDay',
        matched: false,
        detail: 'Received on Tuesday at 10:00 (Brussels time), outside 18:00–20:00, starting on Saturday, Sunday',
      },
      { condition: 'outsideOpeningHours', matched: false, detail: 'No opening hours are known for this ticket' },
    ]);
    expect(result.checks.map((c) => explainReason(c.reason, 'nl'))).toEqual([
      'Kanaal Sms is geen van: E-mail',
      'Het ticket heeft geen categorie',
      'Onderwerp en tekst bevatten geen van "riool", "put"',
      'Het ticket heeft geen e-mailadres van de afzender',
      'Telefoonnummer +32470123456 begint met geen van: +3256',
      'Taal Engels is geen van: Nederlands',
      'Het ticket heeft geen locatie',
      'Ontvangen op dinsdag om 10:00 (Brusselse tijd), buiten 18:00–20:00, beginnend op zaterdag, zondag',
      'Voor dit ticket zijn geen openingsuren bekend',
    ]);
  });

  test('a location outside the listed zones names them', () => {
    const result = checkRule(
      ticket({ latitude: 51, longitude: 4 }),
      { conditions: { zoneIds: [CENTRUM, HEULE] } },
      context(),
    );
    expect(explained(result.checks)).toEqual([
      { condition: 'zoneIds', matched: false, detail: 'Location 51, 4 is in none of the zones Centrum, Heule' },
    ]);
  });

  test('a rule without conditions matches with nothing to report', () => {
    expect(checkRule(ticket(), { conditions: {} }, context())).toEqual({ matched: true, checks: [] });
  });
});
