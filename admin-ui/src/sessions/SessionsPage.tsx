import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { Loading, Title, useTranslate } from 'react-admin';
import { EndOtherSessionsButton } from './EndOtherSessionsButton';
import { SessionsTable } from './SessionsTable';
import { useSessions } from './useSessions';

/** Where a user sees where they are logged in, and logs out elsewhere. */
export const SessionsPage = () => {
    const translate = useTranslate();
    const { data, error, isPending } = useSessions();
    return (
        <Card sx={{ mt: 2 }}>
            <Title title="app.sessions.title" />
            <CardContent>
                <Typography color="text.secondary" sx={{ mb: 2 }}>
                    {translate('app.sessions.help')}
                </Typography>
                {isPending ? (
                    <Loading />
                ) : error ? (
                    <Alert severity="error">{error.message || translate('ra.notification.http_error')}</Alert>
                ) : (
                    <>
                        <SessionsTable sessions={data} />
                        <Box sx={{ mt: 2 }}>
                            <EndOtherSessionsButton disabled={!data.some((session) => !session.current)} />
                        </Box>
                    </>
                )}
            </CardContent>
        </Card>
    );
};
