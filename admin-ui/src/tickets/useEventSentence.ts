import { useGetMany, useTranslate, type RaRecord } from 'react-admin';
import { useCategoryName } from '../categories/categoryName';
import { useFormatDateTime } from '../common/dates';
import type { Category, Department, TicketEvent, User } from '../types';

type Change = { from?: unknown; to?: unknown; reason?: unknown };

/** Per event type, the data fields that hold an id of the resource. */
type IdFields = Record<string, string[]>;

const idsOf = (events: TicketEvent[], fields: IdFields) => [
    ...new Set(
        events
            .flatMap((event) => (fields[event.type] ?? []).map((field) => event.data?.[field]))
            .filter((id): id is string => typeof id === 'string' && id !== ''),
    ),
];

const fromTo = ['from', 'to'];
const categoryIds: IdFields = { category_changed: fromTo, routed: ['categoryId'] };
const departmentIds: IdFields = { department_changed: fromTo, routed: ['departmentId'] };
const userIds: IdFields = { assigned: fromTo, auto_assigned: ['assigneeId'], routed: ['assigneeId'] };

const useNames = <T extends RaRecord>(resource: string, ids: string[], name: (record: T) => string) => {
    const { data } = useGetMany<T>(resource, { ids }, { enabled: ids.length > 0 });
    return new Map((data ?? []).filter(Boolean).map((record) => [String(record.id), name(record)]));
};

/**
 * Turns timeline events into sentences; ids of categories, departments and
 * users are looked up so the agent reads names.
 */
export const useEventSentence = (events: TicketEvent[]) => {
    const translate = useTranslate();
    const categoryName = useCategoryName();
    const formatDateTime = useFormatDateTime();
    const categories = useNames<Category>('categories', idsOf(events, categoryIds), categoryName);
    const departments = useNames<Department>('departments', idsOf(events, departmentIds), (d) => d.name);
    const users = useNames<User>('users', idsOf(events, userIds), (u) => u.name);

    const none = translate('app.none');
    const label = (value: unknown, names?: Map<string, string>, prefix?: string) => {
        if (value == null || value === '') return none;
        const text = String(value);
        if (prefix) return translate(`${prefix}.${text}`, { _: text });
        return names?.get(text) ?? text;
    };
    const change = (data: Change, names?: Map<string, string>, prefix?: string) => ({
        from: label(data.from, names, prefix),
        to: label(data.to, names, prefix),
    });

    const priority = (value: unknown) => label(value, undefined, 'resources.tickets.priority');
    const when = (value: unknown) => (typeof value === 'string' ? formatDateTime(value) : '?');
    const deadline = (kind: unknown) => translate(`app.event.sla_kind.${String(kind)}`, { _: String(kind ?? '') });

    /** What the rule set, in the words of the ticket's own fields: "Dienst: Milieu · Prioriteit: Hoog". */
    const routedDetail = (data: Record<string, unknown>) => {
        const parts: [string, unknown, Map<string, string> | undefined, string | undefined][] = [
            ['departmentId', data.departmentId, departments, undefined],
            ['categoryId', data.categoryId, categories, undefined],
            ['priority', data.priority, undefined, 'resources.tickets.priority'],
            ['assigneeId', data.assigneeId, users, undefined],
        ];
        const text = parts
            .filter(([, value]) => value != null && value !== '')
            .map(
                ([field, value, names, prefix]) =>
                    `${translate(`resources.tickets.fields.${field}`)}: ${label(value, names, prefix)}`,
            )
            .join(' · ');
        return text || undefined;
    };

    return (event: TicketEvent): { text: string; detail?: string } => {
        const data = (event.data ?? {}) as Change & Record<string, unknown>;
        switch (event.type) {
            case 'created':
            case 'note_added':
            case 'voicemail_transcribed':
            case 'voicemail_transcription_failed':
                return { text: translate(`app.event.${event.type}`) };
            case 'media_fetch_failed':
                return {
                    text: translate('app.event.media_fetch_failed', { filename: String(data.filename ?? '?') }),
                    detail:
                        data.reason === 'refused'
                            ? translate('app.event.media_refused')
                            : translate('app.event.media_unreachable', { attempts: String(data.attempts ?? '?') }),
                };
            case 'message_received':
                return {
                    text: translate('app.event.message_received', {
                        channel: label(data.channel, undefined, 'resources.tickets.channel'),
                    }),
                };
            case 'replied':
                return {
                    text: translate('app.event.replied'),
                    detail: data.channel
                        ? translate('app.event.via', {
                              channel: label(data.channel, undefined, 'resources.tickets.channel'),
                          })
                        : undefined,
                };
            case 'callback_started':
                return { text: translate('app.event.callback_started', { to: String(data.to ?? '') }) };
            case 'callback_finished':
                return {
                    text: translate(data.reached ? 'app.event.callback_finished' : 'app.event.callback_not_reached'),
                    detail:
                        !data.reached && typeof data.status === 'string'
                            ? translate(`app.call.status.${data.status}`, { _: data.status })
                            : undefined,
                };
            case 'status_changed':
                return {
                    text: translate('app.event.status_changed', change(data, undefined, 'resources.tickets.status')),
                };
            case 'priority_changed':
                return {
                    text: translate(
                        'app.event.priority_changed',
                        change(data, undefined, 'resources.tickets.priority'),
                    ),
                };
            case 'category_changed':
                return { text: translate('app.event.category_changed', change(data, categories)) };
            case 'department_changed':
                return {
                    text: translate('app.event.department_changed', change(data, departments)),
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
                return { text: translate('app.event.subject_changed', change(data)) };
            case 'tags_changed':
                return {
                    text: translate('app.event.tags_changed', {
                        to: Array.isArray(data.to) && data.to.length ? data.to.join(', ') : none,
                    }),
                };
            case 'routed':
                return {
                    text: translate('app.event.routed', { rule: String(data.ruleName ?? '') }),
                    detail: routedDetail(data),
                };
            case 'auto_assigned':
                return {
                    text: translate('app.event.auto_assigned', { name: label(data.assigneeId, users) }),
                    detail: data.strategy
                        ? translate('app.event.strategy', {
                              strategy: translate(`app.department.strategy.${String(data.strategy)}`, {
                                  _: String(data.strategy),
                              }).toLocaleLowerCase(),
                          })
                        : undefined,
                };
            case 'sla_warning':
                return {
                    text: translate('app.event.sla_warning', {
                        kind: deadline(data.kind),
                        time: typeof data.dueAt === 'string' ? formatDateTime(data.dueAt) : '?',
                    }),
                };
            case 'sla_breached':
                // Already urgent: the priority cannot go up, only the lead is told.
                return data.priorityTo && data.priorityTo !== data.priorityFrom
                    ? {
                          text: translate('app.event.sla_breached', {
                              kind: deadline(data.kind),
                              from: priority(data.priorityFrom),
                              to: priority(data.priorityTo),
                          }),
                      }
                    : { text: translate('app.event.sla_breached_same_priority', { kind: deadline(data.kind) }) };
            case 'appointment_booked':
                return {
                    text: translate('app.event.appointment_booked', {
                        date: when(data.start),
                        code: String(data.code ?? ''),
                    }),
                    detail: typeof data.service === 'string' ? data.service : undefined,
                };
            case 'appointment_moved':
                return { text: translate('app.event.appointment_moved', { from: when(data.from), to: when(data.to) }) };
            case 'appointment_cancelled':
                return { text: translate('app.event.appointment_cancelled', { date: when(data.start) }) };
            case 'document_delivered':
                return {
                    text: translate('app.event.document_delivered', {
                        method: translate(`app.eloket.delivery.${String(data.method)}`, { _: String(data.method) }),
                    }),
                };
            case 'email_damaged':
                return {
                    text: translate('app.event.email_damaged'),
                    detail: Array.isArray(data.problems)
                        ? data.problems
                              .map((problem) =>
                                  translate(`app.event.email_damage.${String(problem)}`, { _: String(problem) }),
                              )
                              .join(' · ')
                        : undefined,
                };
            default:
                // A type written by a newer server: its own sentence when there is one, never the raw name alone.
                return {
                    text: translate(`app.event.${event.type}`, {
                        _: translate('app.event.other', { type: event.type }),
                    }),
                };
        }
    };
};
