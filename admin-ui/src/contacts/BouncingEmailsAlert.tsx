import { Alert, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BouncingEmail } from '../types';

/** Answers to these addresses do not arrive; the agent should get another one. */
export const BouncingEmailsAlert = ({ bouncing }: { bouncing?: BouncingEmail[] }) => {
    const translate = useTranslate();
    if (!bouncing?.length) return null;
    return (
        <Stack spacing={1} data-testid="bouncing-emails">
            {bouncing.map(({ address, reason }) => (
                <Alert key={address} severity="warning">
                    {reason
                        ? translate('app.contact.bouncing', { address, reason })
                        : translate('app.contact.bouncing_no_reason', { address })}
                </Alert>
            ))}
        </Stack>
    );
};
