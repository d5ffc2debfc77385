import { Alert, FormControlLabel, FormHelperText, Switch } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import { useIsAdmin } from '../contacts/PrivacyActions';
import { setTicketLegalHold } from '../contacts/privacyApi';
import type { Ticket } from '../types';
import { useRefreshTicket } from './useRefreshTicket';

/** Keeps the ticket past its retention period (admins only). */
export const TicketLegalHold = () => {
    const ticket = useRecordContext<Ticket>();
    const translate = useTranslate();
    const notify = useNotify();
    const refreshTicket = useRefreshTicket();
    const [pending, setPending] = useState(false);
    const isAdmin = useIsAdmin();
    if (!ticket || !isAdmin) return null;

    const toggle = async (hold: boolean) => {
        setPending(true);
        try {
            await setTicketLegalHold(String(ticket.id), hold);
            notify(hold ? 'app.privacy.hold_set' : 'app.privacy.hold_lifted', { type: 'success' });
            await refreshTicket();
        } catch (error) {
            notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
        } finally {
            setPending(false);
        }
    };

    return (
        <div>
            <FormControlLabel
                control={
                    <Switch
                        checked={!!ticket.legalHold}
                        disabled={pending}
                        onChange={(event) => void toggle(event.target.checked)}
                        slotProps={{ input: { 'data-testid': 'ticket-legal-hold' } as object }}
                    />
                }
                label={translate('app.privacy.legal_hold')}
            />
            <FormHelperText>{translate('app.privacy.ticket_hold_help')}</FormHelperText>
        </div>
    );
};

export const AnonymisedBanner = () => {
    const ticket = useRecordContext<Ticket>();
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    if (!ticket?.anonymisedAt) return null;
    return (
        <Alert severity="info" data-testid="anonymised-banner">
            {translate('app.privacy.anonymised', { date: formatDateTime(ticket.anonymisedAt) })}
        </Alert>
    );
};
