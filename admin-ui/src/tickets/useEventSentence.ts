import { useGetMany, useTranslate, type RaRecord } from 'react-admin';
import { useCategoryName } from '../categories/categoryName';
import type { Category, Department, TicketEvent, User } from '../types';

type Change = { from?: unknown; to?: unknown; reason?: unknown };

const idsOf = (events: TicketEvent[], type: string) => [
    ...new Set(
        events
            .filter(event => event.type === type)
            .flatMap(event => [(event.data as Change | null)?.from, (event.data as Change | null)?.to])
            .filter((id): id is string => typeof id === 'string' && id !== ''),
    ),
];

const useNames = <T extends RaRecord>(resource: string, ids: string[], name: (record: T) => string) => {
    const { data } = useGetMany<T>(resource, { ids }, { enabled: ids.length > 0 });
    return new Map((data ?? []).filter(Boolean).map(record => [String(record.id), name(record)]));
};

/**
 * Turns timeline events into sentences; ids of categories, departments and
 * users are looked up so the agent reads names.
 */
export const useEventSentence = (events: TicketEvent[]) => {
    const translate = useTranslate();
    const categoryName = useCategoryName();
    const categories = useNames<Category>('categories', idsOf(events, 'category_changed'), categoryName);
    const departments = useNames<Department>('departments', idsOf(events, 'department_changed'), d => d.name);
    const users = useNames<User>('users', idsOf(events, 'assigned'), u => u.name);

    const none = translate('app.none');
    const label = (value: unknown, names?: Map<string, string>, prefix?: string) => {
        if (value == null || value === '') return none;
        const text = String(value);
        if (prefix) return translate(`${prefix}.${text}`, { _: text });
        return names?.get(text) ?? text;
    };
    const fromTo = (data: Change, names?: Map<string, string>, prefix?: string) => ({
        from: label(data.from, names, prefix),
        to: label(data.to, names, prefix),
    });

    return (event: TicketEvent): { text: string; detail?: string } => {
        const data = (event.data ?? {}) as Change & Record<string, unknown>;
        switch (event.type) {
            case 'created':
            case 'replied':
            case 'note_added':
                return { text: translate(`app.event.${event.type}`) };
            case 'status_changed':
                return {
                    text: translate('app.event.status_changed', fromTo(data, undefined, 'resources.tickets.status')),
                };
            case 'priority_changed':
                return {
                    text: translate(
                        'app.event.priority_changed',
                        fromTo(data, undefined, 'resources.tickets.priority'),
                    ),
                };
            case 'category_changed':
                return { text: translate('app.event.category_changed', fromTo(data, categories)) };
            case 'department_changed':
                return {
                    text: translate('app.event.department_changed', fromTo(data, departments)),
                    detail: data.reason ? translate('app.event.reason', { reason: String(data.reason) }) : undefined,
                };
            case 'assigned':
                return data.to
                    ? { text: translate('app.event.assigned', { to: label(data.to, users) }) }
                    : { text: translate('app.event.unassigned') };
            case 'merged':
                return { text: translate('app.event.merged', { reference: String(data.sourceReference ?? '') }) };
            case 'merged_into':
                return { text: translate('app.event.merged_into', { reference: String(data.targetReference ?? '') }) };
            case 'subject_changed':
                return { text: translate('app.event.subject_changed', fromTo(data)) };
            case 'tags_changed':
                return {
                    text: translate('app.event.tags_changed', {
                        to: Array.isArray(data.to) && data.to.length ? data.to.join(', ') : none,
                    }),
                };
            default:
                return { text: translate('app.event.other', { type: event.type }) };
        }
    };
};
