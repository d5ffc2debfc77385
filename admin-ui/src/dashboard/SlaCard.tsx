import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useNumberFormat } from '../reports/format';
import type { DashboardFigures } from '../types';
import { DashboardCard, Nothing } from './DashboardCard';

/** The tickets list with the SLA filter set, as its own filter button would. */
const ticketsWith = (sla: 'warning' | 'breached') => `/tickets?filter=${encodeURIComponent(JSON.stringify({ sla }))}`;

interface FigureProps {
    value: number;
    label: string;
    sla: 'warning' | 'breached';
    color: 'warning' | 'error';
}

const Figure = ({ value, label, sla, color }: FigureProps) => {
    const translate = useTranslate();
    const format = useNumberFormat();
    return (
        <Button
            component={Link}
            to={ticketsWith(sla)}
            color={value > 0 ? color : 'inherit'}
            variant="outlined"
            sx={{ flex: 1, flexDirection: 'column', alignItems: 'flex-start', textTransform: 'none', py: 1 }}
            aria-label={`${translate(label)}: ${format(value)}`}
            data-testid={`sla-${sla}`}
        >
            <Typography variant="h4" component="span" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {format(value)}
            </Typography>
            <Typography variant="body2" component="span">
                {translate(label)}
            </Typography>
        </Button>
    );
};

/** Open tickets whose deadline is near or past; each number opens those tickets. */
export const SlaCard = ({ sla }: { sla: DashboardFigures['sla'] }) => (
    <DashboardCard title="app.dashboard.sla" testId="dashboard-sla">
        {sla.near === 0 && sla.past === 0 ? (
            <Nothing message="app.dashboard.no_sla" />
        ) : (
            <Stack direction="row" spacing={2}>
                <Figure value={sla.past} label="app.dashboard.sla_past" sla="breached" color="error" />
                <Figure value={sla.near} label="app.dashboard.sla_near" sla="warning" color="warning" />
            </Stack>
        )}
    </DashboardCard>
);
