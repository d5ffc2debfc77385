import { TICKET_EVENT_TYPES } from '../../src/tickets/events';
import { nl } from '../../admin-ui/src/i18n/nl';
import { en } from '../../admin-ui/src/i18n/en';

type Messages = { [key: string]: string | Messages };

const keysOf = (messages: Messages, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));

const lookup = (messages: Messages, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages);

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the console speaks Dutch and English, never the server’s codes', () => {
  it.each(TICKET_EVENT_TYPES)('the timeline has a sentence for the event %s in Dutch and English', (type) => {
    const dutch = lookup(nl as Messages, `app.event.${type}`);
    const english = lookup(en as Messages, `app.event.${type}`);
    expect(typeof dutch).toBe('string');
    expect(typeof english).toBe('string');
    expect(placeholders(dutch as string)).toEqual(placeholders(english as string));
    expect(dutch).not.toContain(type);
  });

  it('every text in Dutch is also in English and the other way round', () => {
    const dutch = keysOf(nl as Messages);
    const english = keysOf(en as Messages);
    expect(dutch.filter((k) => !english.includes(k))).toEqual([]);
    expect(english.filter((k) => !dutch.includes(k))).toEqual([]);
  });
});
