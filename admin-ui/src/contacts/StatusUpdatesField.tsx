import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Contact } from '../types';

/** Whether the citizen still gets status updates; "uit (afgemeld)" once they unsubscribed through the link. */
export const StatusUpdatesField = (_props: FieldProps) => {
    const contact = useRecordContext<Contact>();
    const translate = useTranslate();
    // Absent on older servers: say nothing rather than guess.
    if (contact?.statusUpdates == null) return null;
    const on = contact.statusUpdates;
    return (
        <Stack
            direction="row"
            spacing={1}
            alignItems="center"
            sx={{ flexWrap: 'wrap' }}
            data-testid="contact-status-updates"
        >
            <Chip
                size="small"
                color={on ? 'success' : 'default'}
                variant={on ? 'filled' : 'outlined'}
                label={translate(on ? 'app.contact.status_updates_on' : 'app.contact.status_updates_off')}
            />
            <Typography variant="body2" color="text.secondary">
                {translate(on ? 'app.contact.status_updates_help' : 'app.contact.status_updates_off_help')}
            </Typography>
        </Stack>
    );
};
