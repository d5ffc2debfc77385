import {
    Button,
    Card,
    CardContent,
    FormControl,
    FormControlLabel,
    FormHelperText,
    FormLabel,
    MenuItem,
    Radio,
    RadioGroup,
    Stack,
    TextField,
    Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useCreatePath, useGetList, useLocale, useNotify, useRedirect, useTranslate } from 'react-admin';
import {
    createDocumentRequest,
    type Delivery,
    type DocumentField,
    type DocumentTypeRecord,
} from './documentRequestApi';

type Errors = Record<string, string>;

/**
 * A document request taken at the counter or on the phone: the same questions as the citizen's e-loket, sent in
 * the citizen's name; it becomes a ticket of that channel (and counts so in the reports).
 */
export const NewDocumentRequestPage = () => {
    const translate = useTranslate();
    const locale = useLocale();
    const notify = useNotify();
    const redirect = useRedirect();
    const createPath = useCreatePath();
    const en = locale === 'en';
    const { data: types = [] } = useGetList<DocumentTypeRecord>('document-types', {
        filter: { active: true },
        sort: { field: 'nameNl', order: 'ASC' },
        pagination: { page: 1, perPage: 100 },
    });
    const [channel, setChannel] = useState<'counter' | 'phone'>('counter');
    const [code, setCode] = useState('');
    const [answers, setAnswers] = useState<Record<string, string>>({});
    const [delivery, setDelivery] = useState<Delivery | ''>('');
    const [contact, setContact] = useState({ name: '', email: '', phone: '', postalAddress: '' });
    const [errors, setErrors] = useState<Errors>({});
    const type = types.find((t) => t.code === code);
    const send = useMutation({
        mutationFn: () =>
            createDocumentRequest({
                channel,
                documentType: code,
                answers,
                delivery: delivery || undefined,
                name: contact.name,
                email: contact.email || undefined,
                phone: contact.phone || undefined,
                postalAddress: contact.postalAddress || undefined,
                language: en ? 'en' : 'nl',
            }),
        onSuccess: ({ reference, ticketId }) => {
            notify('app.eloket.created', { type: 'success', messageArgs: { reference } });
            redirect(createPath({ resource: 'tickets', id: ticketId, type: 'show' }));
        },
        onError: (error: Error & { body?: { errors?: Errors } }) => {
            setErrors(error.body?.errors ?? {});
            notify(error.message || 'ra.notification.http_error', { type: 'error' });
        },
    });
    const asked = (f: DocumentField) => !f.when || answers[f.when.field] === f.when.equals;
    const helper = (key: string) => errors[key];
    const field = (f: DocumentField) => {
        const key = `answers.${f.key}`;
        const common = {
            id: `answer-${f.key}`,
            label: en ? f.labelEn : f.labelNl,
            required: f.required,
            value: answers[f.key] ?? '',
            error: Boolean(helper(key)),
            helperText: helper(key),
            fullWidth: true,
            onChange: (event: { target: { value: string } }) =>
                setAnswers((a) => ({ ...a, [f.key]: event.target.value })),
        };
        if (f.type === 'choice')
            return (
                <TextField key={f.key} select {...common}>
                    {(f.options ?? []).map((o) => (
                        <MenuItem key={o.value} value={o.value}>
                            {en ? o.labelEn : o.labelNl}
                        </MenuItem>
                    ))}
                </TextField>
            );
        if (f.type === 'date')
            return <TextField key={f.key} type="date" slotProps={{ inputLabel: { shrink: true } }} {...common} />;
        return <TextField key={f.key} multiline={f.type === 'textarea'} {...common} />;
    };
    return (
        <Card sx={{ mt: 2, maxWidth: 720 }}>
            <Title title="app.eloket.new_request" />
            <CardContent>
                <Typography variant="h5" component="h1" gutterBottom>
                    {translate('app.eloket.new_request')}
                </Typography>
                <Typography color="text.secondary" gutterBottom>
                    {translate('app.eloket.new_request_help')}
                </Typography>
                <form
                    noValidate
                    onSubmit={(event) => {
                        event.preventDefault();
                        send.mutate();
                    }}
                >
                    <Stack spacing={2}>
                        <FormControl>
                            <FormLabel id="request-channel">{translate('app.eloket.channel')}</FormLabel>
                            <RadioGroup
                                row
                                aria-labelledby="request-channel"
                                value={channel}
                                onChange={(event) => setChannel(event.target.value as 'counter' | 'phone')}
                            >
                                <FormControlLabel
                                    value="counter"
                                    control={<Radio />}
                                    label={translate('resources.tickets.channel.counter')}
                                />
                                <FormControlLabel
                                    value="phone"
                                    control={<Radio />}
                                    label={translate('resources.tickets.channel.phone')}
                                />
                            </RadioGroup>
                        </FormControl>
                        <TextField
                            id="request-document-type"
                            select
                            required
                            label={translate('app.eloket.document_type')}
                            value={code}
                            error={Boolean(errors.documentType)}
                            helperText={errors.documentType}
                            onChange={(event) => {
                                setCode(event.target.value);
                                setAnswers({});
                                setDelivery('');
                            }}
                        >
                            {types.map((t) => (
                                <MenuItem key={t.code} value={t.code}>
                                    {en ? t.nameEn : t.nameNl}
                                </MenuItem>
                            ))}
                        </TextField>
                        {type && type.fields.filter(asked).map(field)}
                        {type && (
                            <FormControl error={Boolean(errors.delivery)}>
                                <FormLabel id="request-delivery">{translate('app.eloket.deliver_as')}</FormLabel>
                                <RadioGroup
                                    aria-labelledby="request-delivery"
                                    value={delivery}
                                    onChange={(event) => setDelivery(event.target.value as Delivery)}
                                >
                                    {type.deliveryOptions.map((d) => (
                                        <FormControlLabel
                                            key={d}
                                            value={d}
                                            control={<Radio />}
                                            label={translate(`app.eloket.delivery.${d}`)}
                                        />
                                    ))}
                                </RadioGroup>
                                {errors.delivery && <FormHelperText>{errors.delivery}</FormHelperText>}
                            </FormControl>
                        )}
                        {delivery === 'post' && (
                            <TextField
                                id="request-postal"
                                label={translate('app.eloket.postal')}
                                multiline
                                required
                                value={contact.postalAddress}
                                error={Boolean(errors.postalAddress)}
                                helperText={errors.postalAddress}
                                onChange={(event) => setContact((c) => ({ ...c, postalAddress: event.target.value }))}
                            />
                        )}
                        {(['name', 'email', 'phone'] as const).map((k) => (
                            <TextField
                                key={k}
                                id={`request-${k}`}
                                label={translate(`app.eloket.${k}`)}
                                required={k === 'name'}
                                type={k === 'email' ? 'email' : k === 'phone' ? 'tel' : 'text'}
                                value={contact[k]}
                                error={Boolean(errors[k])}
                                helperText={errors[k]}
                                onChange={(event) => setContact((c) => ({ ...c, [k]: event.target.value }))}
                            />
                        ))}
                        <div>
                            <Button type="submit" variant="contained" disabled={send.isPending}>
                                {translate('app.eloket.new_request')}
                            </Button>
                        </div>
                    </Stack>
                </form>
            </CardContent>
        </Card>
    );
};
