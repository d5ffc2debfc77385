import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatTime } from '../common/dates';
import type { Visit } from '../types';
import { minutesBetween } from '../visits/minutes';
import { VisitStatusChip } from '../visits/VisitStatusChip';
import { VisitActions, type VisitHandlers } from './VisitActions';

interface CurrentVisitCardProps {
    visit: Visit;
    productName: string;
    now: number;
    handlers: VisitHandlers;
    busy: boolean;
}

/** The visitor at this desk: the number big enough to read across the counter, and what to do next. */
export const CurrentVisitCard = ({ visit, productName, now, handlers, busy }: CurrentVisitCardProps) => {
    const translate = useTranslate();
    const formatTime = useFormatTime();
    // Until they were called: how long they sat in the waiting room.
    const waited = minutesBetween(visit.checkedInAt, visit.calledAt ?? now);
    return (
        <Card component="section" aria-labelledby="current-visit-title" data-testid="current-visit">
            <CardContent>
                <Typography id="current-visit-title" variant="overline" component="h2" color="text.secondary">
                    {translate('app.counter.current')}
                </Typography>
                <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} sx={{ alignItems: { sm: 'center' } }}>
                    <Typography
                        component="p"
                        sx={{ fontSize: { xs: '4rem', md: '6rem' }, fontWeight: 700, lineHeight: 1, letterSpacing: 2 }}
                        data-testid="current-number"
                    >
                        {visit.number}
                    </Typography>
                    <Box>
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                            <VisitStatusChip status={visit.status} size="medium" />
                            {visit.callCount > 1 && (
                                <Typography variant="body2" color="text.secondary">
                                    {translate('app.counter.called_times', { smart_count: visit.callCount })}
                                </Typography>
                            )}
                        </Stack>
                        <Typography variant="h5" component="p">
                            {productName}
                        </Typography>
                        <Typography variant="body1">
                            {visit.walkIn
                                ? translate('app.visit.walk_in')
                                : translate('app.counter.appointment_at', { time: formatTime(visit.dueAt) })}
                        </Typography>
                        <Typography variant="body2" color="text.secondary">
                            {translate('app.counter.waited', {
                                smart_count: waited,
                                time: formatTime(visit.checkedInAt),
                            })}
                        </Typography>
                    </Box>
                </Stack>
                <Box sx={{ mt: 3 }}>
                    <VisitActions handlers={handlers} busy={busy} />
                </Box>
            </CardContent>
        </Card>
    );
};
