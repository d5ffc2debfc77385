import { Alert } from '@mui/material';
import { ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { Ticket } from '../types';

export const MergedBanner = () => {
    const ticket = useRecordContext<Ticket>();
    const translate = useTranslate();
    if (!ticket?.mergedIntoId) return null;
    return (
        <Alert severity="info" data-testid="merged-banner">
            {translate('app.ticket.merged_banner')}{' '}
            <ReferenceField source="mergedIntoId" reference="tickets" link="show">
                <TextField source="reference" />
            </ReferenceField>
        </Alert>
    );
};
