import { Box, Typography } from '@mui/material';
import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import type { EmailHeaders } from '../types';

const mailbox = (address: string, name: string | null) => (name ? `${name} <${address}>` : address);

/** From, to, cc and the subject as the citizen wrote it, on one wrapping line. */
export const EmailHeaderLine = ({ headers }: { headers: EmailHeaders }) => {
    const translate = useTranslate();
    const parts: [string, string][] = [['from', mailbox(headers.from, headers.fromName)]];
    if (headers.to?.length) parts.push(['to', headers.to.join(', ')]);
    if (headers.cc?.length) parts.push(['cc', headers.cc.join(', ')]);
    if (headers.subject) parts.push(['subject', headers.subject]);
    return (
        <Typography
            variant="caption"
            color="text.secondary"
            component="p"
            sx={{ mb: 1, overflowWrap: 'anywhere' }}
            data-testid="email-headers"
        >
            {parts.map(([label, value], index) => (
                <Fragment key={label}>
                    {index > 0 && ' · '}
                    <Box component="span" sx={{ fontWeight: 'bold' }}>
                        {translate(`app.message.${label}`)}:
                    </Box>{' '}
                    {value}
                </Fragment>
            ))}
        </Typography>
    );
};
