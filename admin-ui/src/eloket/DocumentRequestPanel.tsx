import {
    Button as MuiButton,
    Card,
    CardContent,
    FormControlLabel,
    Radio,
    RadioGroup,
    Stack,
    TextField,
    Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocale, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { Ticket } from '../types';
import { useRefreshTicket } from '../tickets/useRefreshTicket';
import { attachDocument, deliverDocument, fetchDocumentRequest, type Delivery } from './documentRequestApi';

const when = (value: string, locale: string) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-BE', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Brussels',
    }).format(new Date(value));

/**
 * A document request's own part of the ticket: the citizen's answers as a form, the prepared PDF and the delivery
 * (email link, post to the confirmed address, or ready to pick up). Nothing for other tickets.
 */
export const DocumentRequestPanel = () => {
    const ticket = useRecordContext<Ticket>();
    const translate = useTranslate();
    const locale = useLocale();
    const notify = useNotify();
    const queryClient = useQueryClient();
    const refreshTicket = useRefreshTicket();
    const key = ['document-request', ticket?.id];
    const { data: request } = useQuery({
        queryKey: key,
        queryFn: () => fetchDocumentRequest(String(ticket!.id)),
        // only a document request has one: other tickets ask nothing
        enabled: Boolean(ticket?.id) && ticket?.kind === 'document_request',
    });
    const [method, setMethod] = useState<Delivery | null>(null);
    const [address, setAddress] = useState<string | null>(null);
    // the ticket first (its status and version change with each step), then this panel
    const done = async () => {
        await refreshTicket();
        await queryClient.invalidateQueries({ queryKey: key });
    };
    const fail = (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' });
    const attach = useMutation({
        mutationFn: (file: File) => attachDocument(String(ticket!.id), file),
        onSuccess: async () => {
            notify('app.eloket.attached', { type: 'success' });
            await done();
        },
        onError: fail,
    });
    const deliver = useMutation({
        mutationFn: (input: { method: Delivery; postalAddress?: string }) =>
            deliverDocument(String(ticket!.id), { ...input, version: Number(ticket!.version) }),
        onSuccess: async () => {
            notify('app.eloket.delivered', { type: 'success' });
            await done();
        },
        onError: fail,
    });
    if (!ticket || !request) return null;
    const en = locale === 'en';
    const chosen = method ?? request.delivery;
    const postal = address ?? request.postalAddress ?? '';
    return (
        <Card component="section" aria-labelledby="document-request-title">
            <CardContent data-testid="document-request">
                <Typography variant="h6" component="h2" id="document-request-title" gutterBottom>
                    {translate('app.eloket.title')}: {en ? request.documentType.nameEn : request.documentType.nameNl}
                </Typography>
                <Typography variant="subtitle2" component="h3">
                    {translate('app.eloket.answers')}
                </Typography>
                <Stack component="dl" spacing={0.5} sx={{ m: 0, mb: 2 }}>
                    {request.answers.map((a) => (
                        <div key={a.key}>
                            <Typography component="dt" variant="body2" color="text.secondary">
                                {en ? a.labelEn : a.labelNl}
                            </Typography>
                            <Typography component="dd" variant="body1" sx={{ m: 0 }} data-testid={`answer-${a.key}`}>
                                {(en ? a.valueEn : a.valueNl) ?? a.value}
                            </Typography>
                        </div>
                    ))}
                    <div>
                        <Typography component="dt" variant="body2" color="text.secondary">
                            {translate('app.eloket.wanted')}
                        </Typography>
                        <Typography component="dd" variant="body1" sx={{ m: 0 }}>
                            {translate(`app.eloket.delivery.${request.delivery}`)}
                            {request.postalAddress ? ` — ${request.postalAddress}` : ''}
                        </Typography>
                    </div>
                </Stack>
                <Typography variant="subtitle2" component="h3">
                    {translate('app.eloket.prepared')}
                </Typography>
                {request.document ? (
                    <Typography>
                        <a href={`/api/admin/attachments/${request.document.id}/download`}>
                            {request.document.filename}
                        </a>
                    </Typography>
                ) : (
                    <Typography color="text.secondary">{translate('app.eloket.none_yet')}</Typography>
                )}
                {!request.deliveredAt && (
                    <MuiButton component="label" variant="outlined" sx={{ mt: 1 }} disabled={attach.isPending}>
                        {translate('app.eloket.attach')}
                        <input
                            type="file"
                            accept="application/pdf"
                            hidden
                            data-testid="document-file"
                            onChange={(event) => {
                                const file = event.target.files?.[0];
                                if (file) attach.mutate(file);
                                event.target.value = '';
                            }}
                        />
                    </MuiButton>
                )}
                {request.deliveredAt ? (
                    <Typography sx={{ mt: 2 }} data-testid="document-delivered">
                        {translate('app.eloket.delivered_at', { date: when(request.deliveredAt, locale) })} (
                        {translate(`app.eloket.delivery.${request.delivery}`)})
                        {request.downloadExpiresAt
                            ? ` ${translate('app.eloket.link_until', { date: when(request.downloadExpiresAt, locale) })}`
                            : ''}
                    </Typography>
                ) : request.pickupReadyAt && request.delivery === 'pickup' ? (
                    <Typography sx={{ mt: 2 }} data-testid="document-delivered">
                        {translate('app.eloket.pickup_ready')}
                    </Typography>
                ) : (
                    <form
                        onSubmit={(event) => {
                            event.preventDefault();
                            deliver.mutate({ method: chosen, ...(chosen === 'post' ? { postalAddress: postal } : {}) });
                        }}
                    >
                        <Typography variant="subtitle2" component="h3" id="deliver-as" sx={{ mt: 2 }}>
                            {translate('app.eloket.deliver_as')}
                        </Typography>
                        <RadioGroup
                            aria-labelledby="deliver-as"
                            value={chosen}
                            onChange={(event) => setMethod(event.target.value as Delivery)}
                        >
                            {request.documentType.deliveryOptions.map((option) => (
                                <FormControlLabel
                                    key={option}
                                    value={option}
                                    control={<Radio />}
                                    label={translate(`app.eloket.delivery.${option}`)}
                                />
                            ))}
                        </RadioGroup>
                        {chosen === 'post' && (
                            <TextField
                                label={translate('app.eloket.postal_address')}
                                value={postal}
                                onChange={(event) => setAddress(event.target.value)}
                                multiline
                                fullWidth
                                required
                                sx={{ mt: 1 }}
                            />
                        )}
                        {chosen === 'pickup' && (
                            <Typography variant="body2" color="text.secondary">
                                {translate('app.eloket.pickup_ready')}
                            </Typography>
                        )}
                        <MuiButton type="submit" variant="contained" sx={{ mt: 1 }} disabled={deliver.isPending}>
                            {translate('app.eloket.deliver')}
                        </MuiButton>
                    </form>
                )}
            </CardContent>
        </Card>
    );
};
