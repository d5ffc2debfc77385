import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditLogEntry } from '../types';
import { auditSentence } from './auditSentence';

/** The entry as a sentence; the details are in the row's expand panel. */
export const AuditSentenceField = (_props: { source?: string }) => {
    const entry = useRecordContext<AuditLogEntry>();
    const translate = useTranslate();
    if (!entry) return null;
    return <span data-testid="audit-sentence">{auditSentence(entry, translate)}</span>;
};
