import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import type { PhoneLine } from '../types';
import { LineState } from './LineState';
import { LineSwitch } from './LineSwitch';
import { TwilioStatus } from './TwilioStatus';

/** The central number: is it reachable, and the switch to close it (agents and admins). */
export const LineCard = ({ line }: { line: PhoneLine }) => {
    const translate = useTranslate();
    const { canAccess: canSwitch } = useCanAccess({ resource: 'phone-line', action: 'edit' });
    return (
        <Card component="section" aria-label={translate('app.phone.line')}>
            <CardContent>
                <Typography variant="h6" component="h2" gutterBottom>
                    {translate('app.phone.line')}
                </Typography>
                <Stack spacing={2}>
                    <TwilioStatus line={line} />
                    <LineState line={line} />
                    {canSwitch ? (
                        <LineSwitch line={line} />
                    ) : (
                        <Typography variant="body2" color="text.secondary">
                            {translate('app.phone.read_only')}
                        </Typography>
                    )}
                </Stack>
            </CardContent>
        </Card>
    );
};
