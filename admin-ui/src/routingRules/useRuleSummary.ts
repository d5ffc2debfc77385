import { useGetList, useTranslate, type RaRecord } from 'react-admin';
import { useCategoryName } from '../categories/categoryName';
import type { Category, Department, RuleActions, RuleConditions, User, Zone } from '../types';

const everything = { page: 1, perPage: 500 };

/** Id → name for a small resource; the rule list names departments, categories... in one go instead of per cell. */
const useNames = <T extends RaRecord>(resource: string, sortField: string, name: (record: T) => string) => {
    const { data } = useGetList<T>(resource, { pagination: everything, sort: { field: sortField, order: 'ASC' } });
    const names = new Map((data ?? []).map((record) => [String(record.id), name(record)]));
    return (id: string) => names.get(id) ?? '…';
};

/**
 * One-line summaries of a rule for the list: "Kanaal: e-mail · Woorden:
 * sluikstort, afval" and "→ Milieu, prioriteit hoog".
 */
export const useRuleSummary = () => {
    const translate = useTranslate();
    const categoryName = useCategoryName();
    const category = useNames<Category>('categories', 'nameNl', categoryName);
    const department = useNames<Department>('departments', 'name', (d) => d.name);
    const zone = useNames<Zone>('zones', 'name', (z) => z.name);
    const user = useNames<User>('users', 'name', (u) => u.name);

    const label = (condition: string, values: string[]) =>
        `${translate(`app.rule.condition.${condition}`)}: ${values.join(', ')}`;

    const conditions = (c: RuleConditions = {}) => {
        const parts: string[] = [];
        if (c.channels?.length)
            parts.push(
                label(
                    'channels',
                    c.channels.map((ch) => translate(`resources.tickets.channel.${ch}`, { _: ch }).toLocaleLowerCase()),
                ),
            );
        if (c.categoryIds?.length) parts.push(label('categoryIds', c.categoryIds.map(category)));
        if (c.words?.length) parts.push(label('words', c.words));
        if (c.senders?.length) parts.push(label('senders', c.senders));
        if (c.phonePrefixes?.length) parts.push(label('phonePrefixes', c.phonePrefixes));
        if (c.languages?.length)
            parts.push(
                label(
                    'languages',
                    c.languages.map((l) => translate(`app.language.${l}`)),
                ),
            );
        if (c.zoneIds?.length) parts.push(label('zoneIds', c.zoneIds.map(zone)));
        if (c.timeOfDay) {
            const { from, to, weekdays } = c.timeOfDay;
            const days = weekdays?.length
                ? ` (${weekdays.map((day) => translate(`app.weekday_short.${day}`)).join(', ')})`
                : '';
            parts.push(label('timeOfDay', [`${from}–${to}${days}`]));
        }
        if (typeof c.outsideOpeningHours === 'boolean')
            parts.push(translate(`app.rule.opening_summary.${c.outsideOpeningHours ? 'closed' : 'open'}`));
        return parts.length ? parts.join(' · ') : translate('app.rule.always');
    };

    const actions = (a: RuleActions = {}) => {
        const parts: string[] = [];
        if (a.departmentId) parts.push(department(a.departmentId));
        if (a.categoryId) parts.push(translate('app.rule.summary.category', { name: category(a.categoryId) }));
        if (a.priority)
            parts.push(
                translate('app.rule.summary.priority', {
                    priority: translate(`resources.tickets.priority.${a.priority}`).toLocaleLowerCase(),
                }),
            );
        if (a.tags?.length) parts.push(translate('app.rule.summary.tags', { tags: a.tags.join(', ') }));
        if (a.assigneeId) parts.push(translate('app.rule.summary.assignee', { name: user(a.assigneeId) }));
        if (a.acknowledgement)
            parts.push(
                translate('app.rule.summary.acknowledgement', {
                    kind: translate(`app.rule.acknowledgement.${a.acknowledgement}`).toLocaleLowerCase(),
                }),
            );
        return `→ ${parts.length ? parts.join(', ') : translate('app.rule.nothing')}`;
    };

    return { conditions, actions };
};
