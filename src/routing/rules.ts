/**
 * How routing rules decide (the console shows this text to administrators):
 *
 * - Rules are tried in ascending position (equal positions by id, so the order never depends on chance); inactive rules are skipped.
 * - A rule matches when EVERY condition it states matches. A condition that lists several values matches on ANY of them.
 *   A rule without conditions matches every ticket: put it last as a catch-all.
 * - The FIRST matching rule decides; no later rule is applied, not even for the things the first rule leaves unset.
 * - A condition that needs something the ticket does not have never matches: zones without a location,
 *   senders without an email address, phone prefixes without a phone number, opening hours without a calendar.
 * - Words match whole words or phrases in the subject or body, ignoring case and accents:
 *   "lamp" does not match "lampion", "riolering" matches "Rioléring", a phrase matches its words in sequence.
 * - Time of day is Brussels wall-clock time, from (inclusive) to (exclusive); from later than to runs past midnight,
 *   and then the weekdays are those on which the night starts (Friday 22:00–06:00 includes Saturday 02:00).
 */
import { DateTime } from 'luxon';
import type { RuleActions, RuleConditions } from './ruleSchema';
import type { Channel } from '../shared/channels';
import { zonesContaining, type Zone } from './zones';

export interface TicketFacts {
  channel: Channel;
  categoryId?: string | null;
  subject: string;
  body: string;
  senderEmail?: string | null;
  /** E.164 */
  senderPhone?: string | null;
  language: 'nl' | 'en';
  latitude?: number | null;
  longitude?: number | null;
  receivedAt: Date;
}

export interface Rule {
  id: string;
  name: string;
  position: number;
  active: boolean;
  conditions: RuleConditions;
  actions: RuleActions;
}

/** The part of the department's business calendar routing needs. */
export interface OpeningHoursCheck {
  isOpen(at: Date): boolean;
}

export interface RoutingContext {
  openingHours?: OpeningHoursCheck;
  zones: Zone[];
}

/**
 * Why a condition held or not, as a code with its values, so the dry run can say it in the reader's language
 * (explainReason in ./reasons.ts).
 */
export type Reason =
  | { code: 'channel_in' | 'channel_not_in'; channel: string; wanted: string[] }
  | { code: 'no_category' }
  | { code: 'category_in' | 'category_not_in'; categoryId: string }
  | { code: 'words_found' | 'words_none'; words: string[] }
  | { code: 'no_sender_email' }
  | { code: 'sender_matches'; email: string; pattern: string }
  | { code: 'sender_matches_none'; email: string; patterns: string[] }
  | { code: 'no_sender_phone' }
  | { code: 'phone_starts'; phone: string; prefix: string }
  | { code: 'phone_starts_none'; phone: string; prefixes: string[] }
  | { code: 'language_in' | 'language_not_in'; language: string; wanted: string[] }
  | { code: 'no_location' }
  | { code: 'in_zone'; location: string; zone: string }
  | { code: 'in_no_zone'; location: string; zones: string[] }
  | {
      code: 'time_within' | 'time_outside';
      weekday: number;
      time: string;
      from: string;
      to: string;
      weekdays: number[] | null;
    }
  | { code: 'no_calendar' }
  | { code: 'received_during_hours' | 'received_outside_hours' };

/** One stated condition of a rule, judged against one ticket, with the reason. */
export interface ConditionCheck {
  condition: keyof RuleConditions;
  matched: boolean;
  reason: Reason;
}

const BRUSSELS = 'Europe/Brussels';

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** Lowercase, accents stripped, split on everything that is not a letter or digit. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** One space between words and around the whole, so " lamp " only finds the whole word and a phrase its words in sequence. */
const spaced = (words: string[]) => ` ${words.join(' ')} `;

// Rules are usually kept in memory and tried on ticket after ticket: split a rule's word list once, not per ticket.
const splitWordLists = new WeakMap<readonly string[], string[][]>();
function splitWordList(list: readonly string[]): string[][] {
  let split = splitWordLists.get(list);
  if (!split) splitWordLists.set(list, (split = list.map(wordsOf)));
  return split;
}

/** What every rule asks about the ticket, each worked out at most once however many rules ask. */
class TicketView {
  constructor(
    readonly facts: TicketFacts,
    readonly ctx: RoutingContext,
  ) {}

  readonly text = once(() => {
    const subject = wordsOf(this.facts.subject);
    const body = wordsOf(this.facts.body);
    // Subject and body stay apart so a phrase cannot run from the end of one into the start of the other.
    return { subject: spaced(subject), body: spaced(body), vocabulary: new Set([...subject, ...body]) };
  });
  readonly localTime = once(() => DateTime.fromJSDate(this.facts.receivedAt, { zone: BRUSSELS }));
  readonly zoneIdsHere = once(() => {
    const { latitude, longitude } = this.facts;
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
    return new Set(zonesContaining(latitude!, longitude!, this.ctx.zones));
  });
  readonly isOpen = once(() => this.ctx.openingHours?.isOpen(this.facts.receivedAt));
}

type Checker<K extends keyof RuleConditions> = (
  wanted: NonNullable<RuleConditions[K]>,
  ticket: TicketView,
) => { matched: boolean; reason: Reason };

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const coordinates = (lat: number, lng: number) => `${Number(lat.toFixed(5))}, ${Number(lng.toFixed(5))}`;

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/** "@politie.be" covers the domain and its subdomains, never a domain that merely starts with it ("politie.be.evil.com"). */
function senderMatches(email: string, pattern: string): boolean {
  const wanted = pattern.trim().toLowerCase();
  if (!wanted.startsWith('@')) return email === wanted;
  const domain = domainOf(email);
  const wantedDomain = wanted.slice(1);
  return domain === wantedDomain || domain.endsWith(`.${wantedDomain}`);
}

const checkers: { [K in keyof RuleConditions]-?: Checker<K> } = {
  channels: (wanted, { facts }) => {
    const matched = wanted.includes(facts.channel);
    return {
      matched,
      reason: { code: matched ? 'channel_in' : 'channel_not_in', channel: facts.channel, wanted: [...wanted] },
    };
  },

  categoryIds: (wanted, { facts }) => {
    if (!facts.categoryId) return { matched: false, reason: { code: 'no_category' } };
    const matched = wanted.includes(facts.categoryId);
    return { matched, reason: { code: matched ? 'category_in' : 'category_not_in', categoryId: facts.categoryId } };
  },

  words: (wanted, ticket) => {
    const { subject, body, vocabulary } = ticket.text();
    const split = splitWordList(wanted);
    const found = wanted.filter((_, i) => {
      const words = split[i];
      // A "word" of punctuation only has no words and must not match everything; the set look-up spares most substring searches.
      if (words.length === 0 || !words.every((w) => vocabulary.has(w))) return false;
      return words.length === 1 || subject.includes(spaced(words)) || body.includes(spaced(words));
    });
    return found.length
      ? { matched: true, reason: { code: 'words_found', words: found } }
      : { matched: false, reason: { code: 'words_none', words: [...wanted] } };
  },

  senders: (wanted, { facts }) => {
    const email = facts.senderEmail?.trim().toLowerCase();
    if (!email) return { matched: false, reason: { code: 'no_sender_email' } };
    const hit = wanted.find((pattern) => senderMatches(email, pattern));
    return hit
      ? { matched: true, reason: { code: 'sender_matches', email, pattern: hit } }
      : { matched: false, reason: { code: 'sender_matches_none', email, patterns: [...wanted] } };
  },

  phonePrefixes: (wanted, { facts }) => {
    const phone = facts.senderPhone?.trim();
    if (!phone) return { matched: false, reason: { code: 'no_sender_phone' } };
    const hit = wanted.find((prefix) => phone.startsWith(prefix));
    return hit
      ? { matched: true, reason: { code: 'phone_starts', phone, prefix: hit } }
      : { matched: false, reason: { code: 'phone_starts_none', phone, prefixes: [...wanted] } };
  },

  languages: (wanted, { facts }) => {
    const matched = wanted.includes(facts.language);
    return {
      matched,
      reason: { code: matched ? 'language_in' : 'language_not_in', language: facts.language, wanted: [...wanted] },
    };
  },

  zoneIds: (wanted, ticket) => {
    const here = ticket.zoneIdsHere();
    if (!here) return { matched: false, reason: { code: 'no_location' } };
    const location = coordinates(ticket.facts.latitude!, ticket.facts.longitude!);
    const nameOf = (id: string) => ticket.ctx.zones.find((z) => z.id === id)?.name ?? id;
    const hit = wanted.find((id) => here.has(id));
    return hit
      ? { matched: true, reason: { code: 'in_zone', location, zone: nameOf(hit) } }
      : { matched: false, reason: { code: 'in_no_zone', location, zones: wanted.map(nameOf) } };
  },

  timeOfDay: ({ from, to, weekdays }, ticket) => {
    const local = ticket.localTime();
    const minute = local.hour * 60 + local.minute;
    const start = minutesOf(from);
    const end = minutesOf(to);
    const crossesMidnight = start > end;
    const inWindow = crossesMidnight ? minute >= start || minute < end : minute >= start && minute < end;
    // After midnight we are still in the night that started the day before.
    const startDay = crossesMidnight && minute < end ? local.minus({ days: 1 }).weekday : local.weekday;
    const onDay = !weekdays || weekdays.includes(startDay);
    const matched = inWindow && onDay;
    return {
      matched,
      reason: {
        code: matched ? 'time_within' : 'time_outside',
        weekday: local.weekday,
        time: local.toFormat('HH:mm'),
        from,
        to,
        weekdays: weekdays ? [...weekdays] : null,
      },
    };
  },

  outsideOpeningHours: (wanted, ticket) => {
    const open = ticket.isOpen();
    if (open === undefined) return { matched: false, reason: { code: 'no_calendar' } };
    return { matched: open !== wanted, reason: { code: open ? 'received_during_hours' : 'received_outside_hours' } };
  },
};

const CONDITION_ORDER = Object.keys(checkers) as (keyof RuleConditions)[];

function evaluate(
  ticket: TicketView,
  conditions: RuleConditions,
  stopAtFirstMiss: boolean,
): { matched: boolean; checks: ConditionCheck[] } {
  const checks: ConditionCheck[] = [];
  for (const condition of CONDITION_ORDER) {
    const wanted = conditions[condition];
    if (wanted === undefined) continue;
    const { matched, reason } = (checkers[condition] as Checker<typeof condition>)(wanted as never, ticket);
    checks.push({ condition, matched, reason });
    if (!matched && stopAtFirstMiss) break;
  }
  return { matched: checks.every((c) => c.matched), checks };
}

/** Also the dry run: every stated condition is reported, matched or not, so an administrator sees why. */
export function checkRule(
  facts: TicketFacts,
  rule: Pick<Rule, 'conditions'>,
  ctx: RoutingContext,
): { matched: boolean; checks: ConditionCheck[] } {
  return evaluate(new TicketView(facts, ctx), rule.conditions, false);
}

export function routeTicket(
  facts: TicketFacts,
  rules: Rule[],
  ctx: RoutingContext,
): { rule: Rule; checks: ConditionCheck[] } | undefined {
  const ticket = new TicketView(facts, ctx);
  const ordered = rules
    .filter((r) => r.active)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const rule of ordered) {
    const result = evaluate(ticket, rule.conditions, true);
    if (result.matched) return { rule, checks: result.checks };
  }
  return undefined;
}
