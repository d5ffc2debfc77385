import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useIntlLocale } from '../common/dates';
import type { FloorVisit } from '../types';
import { longWaitMinutes } from './useFloor';

const Count = ({ label, value, alert, testId }: { label: string; value: string; alert?: boolean; testId: string }) => (
    <Card variant="outlined" sx={{ flex: '1 1 160px' }}>
        <CardContent>
            <Typography variant="body2" color="text.secondary">
                {label}
            </Typography>
            <Typography
                variant="h4"
                component="p"
                color={alert ? 'error' : undefined}
                sx={{ fontVariantNumeric: 'tabular-nums' }}
                data-testid={testId}
            >
                {value}
            </Typography>
        </CardContent>
    </Card>
);

/** At a glance: how many wait, are called, are at a desk, and the longest wait. */
export const FloorCounts = ({ visits }: { visits: FloorVisit[] }) => {
    const translate = useTranslate();
    const number = new Intl.NumberFormat(useIntlLocale());
    const count = (status: FloorVisit['status']) => visits.filter((visit) => visit.status === status).length;
    const waits = visits.filter((visit) => visit.status === 'waiting').map((visit) => visit.waitingMinutes);
    const longest = waits.length > 0 ? Math.max(...waits) : null;
    return (
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Count
                label={translate('app.floor.waiting')}
                value={number.format(count('waiting'))}
                testId="floor-waiting"
            />
            <Count label={translate('app.floor.called')} value={number.format(count('called'))} testId="floor-called" />
            <Count
                label={translate('app.floor.serving')}
                value={number.format(count('serving'))}
                testId="floor-serving"
            />
            <Count
                label={translate('app.floor.longest')}
                value={longest === null ? '–' : translate('app.visit.minutes', { smart_count: longest })}
                alert={longest !== null && longest > longWaitMinutes}
                testId="floor-longest"
            />
        </Stack>
    );
};
