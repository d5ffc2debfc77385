import { TICKET_EVENT_TYPES } from '../../src/tickets/events';
import { nl } from '../../admin-ui/src/i18n/nl';
import { en } from '../../admin-ui/src/i18n/en';
import { raDutch } from '../../admin-ui/src/i18n/raDutch';
import { nameInSentence, resourceNamesInSentences } from '../../admin-ui/src/i18n/sentenceCase';

type Messages = { [key: string]: string | Messages };

const keysOf = (messages: Messages, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );

const lookup = (messages: Messages, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages);

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

  it("react-admin's sentences name a resource in lower case, keep abbreviations, and start with a capital", () => {
    const messages: Record<string, string> = {
      'ra.navigation.no_results': 'Geen %{name} gevonden',
      'ra.page.create': '%{name} aanmaken',
      'ra.message.bulk_delete_title': '%{smart_count} %{name} verwijderen',
      'ra.saved_queries.remove_label_with_name': 'Zoekopdracht "%{name}" verwijderen',
      'app.event.auto_assigned': 'Automatisch toegewezen aan %{name}',
    };
    const fill = (key: string, options?: { name?: unknown; smart_count?: number }) =>
      messages[key].replace('%{name}', String(options?.name)).replace('%{smart_count}', String(options?.smart_count));
    const translate = resourceNamesInSentences(fill);
    expect(translate('ra.navigation.no_results', { name: 'Tickets' })).toBe('Geen tickets gevonden');
    expect(translate('ra.navigation.no_results', { name: 'API-sleutels' })).toBe('Geen API-sleutels gevonden');
    expect(translate('ra.page.create', { name: 'Ticket' })).toBe('Ticket aanmaken');
    expect(translate('ra.message.bulk_delete_title', { name: 'Contacten', smart_count: 3 })).toBe(
      '3 contacten verwijderen',
    );
    // names people gave stay as they are
    expect(translate('ra.saved_queries.remove_label_with_name', { name: 'Mijn Tickets' })).toBe(
      'Zoekopdracht "Mijn Tickets" verwijderen',
    );
    expect(translate('app.event.auto_assigned', { name: 'Sofie Peeters' })).toBe(
      'Automatisch toegewezen aan Sofie Peeters',
    );
    expect(nameInSentence('SLA-doelen')).toBe('SLA-doelen');
  });

  it("react-admin's Dutch sentences put no article before a resource name (het ticket, de dienst: it depends on the word)", () => {
    const sentences = keysOf(raDutch as Messages).map((key) => lookup(raDutch as Messages, key) as string);
    expect(sentences.filter((text) => /\b(de|het|deze|dit|een)\s+%\{name\}/i.test(text))).toEqual([]);
  });
});
