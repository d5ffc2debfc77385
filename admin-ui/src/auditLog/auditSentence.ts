import type { TranslateFunction } from 'react-admin';
import type { AuditLogEntry } from '../types';

// Changes by a route of their own read as what the person did ("beantwoordde ticket …"), not as "wijzigde".
const routeKinds = ['reply', 'notes', 'merge', 'callback', 'legal-hold'] as const;

const kindOf = (route: string | undefined) =>
    routeKinds.find((kind) => route?.split('?')[0].endsWith(`/${kind}`)) ?? null;

// Codes whose value has a word in the console.
const valueWords: Record<string, string> = {
    status: 'resources.tickets.status',
    priority: 'resources.tickets.priority',
    channel: 'resources.tickets.channel',
};

/** A changed field's value in words: a status by its name, an id by the name the server sent, a list joined. */
const valueText = (entry: AuditLogEntry, field: string, value: unknown, translate: TranslateFunction): string => {
    if (value === null || value === undefined || value === '') return translate('app.none');
    if (Array.isArray(value)) return value.length ? value.join(', ') : translate('app.none');
    const text = String(value);
    if (valueWords[field]) return translate(`${valueWords[field]}.${text}`, { _: text });
    if (field === 'subject') return `“${text}”`;
    return entry.names?.[text] ?? text;
};

const fieldName = (field: string, translate: TranslateFunction) =>
    translate(`resources.tickets.fields.${field}`, { _: field }).toLocaleLowerCase();

/** "status Open → Opgelost, dienst Burgerzaken → Milieu" */
export const auditChanges = (entry: AuditLogEntry, translate: TranslateFunction): string =>
    Object.entries(entry.details?.changes ?? {})
        .map(
            ([field, { from, to }]) =>
                `${fieldName(field, translate)} ${valueText(entry, field, from, translate)} → ${valueText(entry, field, to, translate)}`,
        )
        .join(', ');

/**
 * One audit entry as a sentence: who did what to which record, e.g.
 * "Sofie Peeters wijzigde ticket VD-1234-5678: status Open → Opgelost".
 */
export const auditSentence = (entry: AuditLogEntry, translate: TranslateFunction): string => {
    const actor = entry.actorName ?? translate('app.audit.unknown_actor');
    const record =
        entry.entityId === '*'
            ? translate(`app.audit.list.${entry.entityType}`, { _: entry.entityType })
            : translate(`app.audit.record.${entry.entityType}`, {
                  label: entry.entityLabel ?? translate('app.audit.unknown_record'),
                  _: entry.entityType,
              });
    const kind = entry.action === 'change' ? kindOf(entry.details?.route) : null;
    const sentence = translate(`app.audit.sentence.${kind ?? entry.action}`, { actor, record });
    const changes = auditChanges(entry, translate);
    return changes ? `${sentence}: ${changes}` : sentence;
};
