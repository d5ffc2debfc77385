import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditLogEntry } from '../types';

const Row = ({ term, children }: { term: string; children: React.ReactNode }) => (
    <>
        <Typography component="dt" variant="body2" sx={{ fontWeight: 500 }}>
            {term}
        </Typography>
        <Typography component="dd" variant="body2" sx={{ m: 0, wordBreak: 'break-word' }}>
            {children}
        </Typography>
    </>
);

/**
 * On demand, under the sentence: the record's id, the fields sent, the search of a list view and the request,
 * for the privacy officer who needs the exact trace.
 */
export const AuditDetailsPanel = () => {
    const entry = useRecordContext<AuditLogEntry>();
    const translate = useTranslate();
    if (!entry) return null;
    const details = entry.details ?? {};
    const field = (name: string) => translate(`resources.tickets.fields.${name}`, { _: name });
    return (
        <Box
            component="dl"
            data-testid="audit-details"
            sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, py: 1 }}
        >
            <Row term={translate('app.audit.details.record')}>
                {translate(`resources.audit-log.entity_type.${entry.entityType}`, { _: entry.entityType })}{' '}
                <code>{entry.entityId}</code>
            </Row>
            {details.fields?.length ? (
                <Row term={translate('app.audit.details.fields')}>{details.fields.map(field).join(', ')}</Row>
            ) : null}
            {details.query && Object.keys(details.query).length ? (
                <Row term={translate('app.audit.details.query')}>
                    <code>{JSON.stringify(details.query.filter ?? details.query)}</code>
                </Row>
            ) : null}
            {details.route ? (
                <Row term={translate('app.audit.details.route')}>
                    <code>{details.route}</code>
                </Row>
            ) : null}
            {entry.ip ? <Row term={translate('resources.audit-log.fields.ip')}>{entry.ip}</Row> : null}
        </Box>
    );
};
