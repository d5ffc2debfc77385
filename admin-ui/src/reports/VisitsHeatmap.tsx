import { alpha, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { weekdays, type ReportRow } from '../types';
import { useNumberFormat } from './format';

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Visitors by weekday (rows) and hour of check-in (columns), each cell
 * coloured by its count: the busiest hour is the darkest. Shows office
 * hours (8 to 18) at least, and any hour that had visitors.
 */
export const VisitsHeatmap = ({ rows }: { rows: ReportRow[] }) => {
    const translate = useTranslate();
    const format = useNumberFormat();
    const counts = new Map(rows.map((row) => [`${row.weekday}-${row.hour}`, Number(row.visitors)]));
    const hoursSeen = rows.map((row) => Number(row.hour));
    const first = Math.min(8, ...hoursSeen);
    const last = Math.max(17, ...hoursSeen);
    const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    const max = Math.max(1, ...counts.values());
    const cellSx = { p: 0.5, textAlign: 'center' as const, fontSize: '0.75rem', minWidth: 32 };
    return (
        <Box sx={{ overflowX: 'auto' }}>
            <Box
                component="table"
                aria-label={translate('app.report.name.visits-heatmap')}
                sx={{ borderCollapse: 'separate', borderSpacing: '2px', width: '100%' }}
                data-testid="visits-heatmap"
            >
                <thead>
                    <tr>
                        <Box component="td" sx={cellSx} />
                        {hours.map((hour) => (
                            <Box
                                component="th"
                                scope="col"
                                key={hour}
                                sx={{ ...cellSx, fontWeight: 400, color: 'text.secondary' }}
                            >
                                {translate('app.report.hour', { hour: pad2(hour) })}
                            </Box>
                        ))}
                    </tr>
                </thead>
                <tbody>
                    {weekdays.map((weekday) => (
                        <tr key={weekday}>
                            <Box component="th" scope="row" sx={{ ...cellSx, textAlign: 'left', fontWeight: 500 }}>
                                {translate(`app.weekday_short.${weekday}`)}
                            </Box>
                            {hours.map((hour) => {
                                const count = counts.get(`${weekday}-${hour}`) ?? 0;
                                const share = count / max;
                                return (
                                    <Box
                                        component="td"
                                        key={hour}
                                        title={translate('app.report.heatmap_cell', {
                                            weekday: translate(`app.weekday.${weekday}`),
                                            hour: `${pad2(hour)}:00`,
                                            count: format(count),
                                        })}
                                        sx={{
                                            ...cellSx,
                                            height: 28,
                                            borderRadius: 0.5,
                                            fontVariantNumeric: 'tabular-nums',
                                            bgcolor: (theme) =>
                                                count === 0
                                                    ? theme.palette.action.hover
                                                    : alpha(theme.palette.primary.main, 0.15 + 0.85 * share),
                                            color: (theme) =>
                                                share > 0.55
                                                    ? theme.palette.primary.contrastText
                                                    : theme.palette.text.primary,
                                        }}
                                    >
                                        {count > 0 ? format(count) : ''}
                                    </Box>
                                );
                            })}
                        </tr>
                    ))}
                </tbody>
            </Box>
            <Typography variant="caption" color="text.secondary">
                {translate('app.report.heatmap_legend')}
            </Typography>
        </Box>
    );
};
