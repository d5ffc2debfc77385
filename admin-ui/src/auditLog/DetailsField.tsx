import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { AuditLogEntry } from '../types';

/** The details object as one line of JSON, e.g. {"fields":["status","priority"]}. */
export const DetailsField = (_props: { source?: string }) => {
    const record = useRecordContext<AuditLogEntry>();
    if (!record?.details || Object.keys(record.details).length === 0) return null;
    return (
        <Box component="code" sx={{ fontSize: '0.8rem', wordBreak: 'break-word' }}>
            {JSON.stringify(record.details)}
        </Box>
    );
};
