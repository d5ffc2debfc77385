import { csvExporter, type CsvColumn } from '../common/csvExporter';
import type { AuditLogEntry } from '../types';
import { auditSentence } from './auditSentence';

// The columns of the audit log: when, the sentence, and who and what apart so a spreadsheet can filter on them.
const columns: CsvColumn<AuditLogEntry & { id: string }>[] = [
    { source: 'at', date: true },
    { source: 'sentence', label: 'app.audit.what', value: (entry, translate) => auditSentence(entry, translate) },
    { source: 'actorName' },
    { source: 'action', choices: 'resources.audit-log.action' },
    { source: 'entityType', choices: 'resources.audit-log.entity_type' },
    { source: 'entityLabel', label: 'app.audit.details.record' },
    { source: 'ip' },
];

export const auditLogExporter = csvExporter('audit-log', columns);
