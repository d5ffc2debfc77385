import { Alert, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportName, ReportPeriod } from '../types';
import { CsvButton } from './CsvButton';
import { reportViews } from './reportViews';
import { useReport } from './useReport';

/** One report: its title and what it counts, the chart and table (or a plain "no data yet"), and the CSV. */
export const ReportSection = ({ name, period }: { name: ReportName; period: ReportPeriod }) => {
    const translate = useTranslate();
    const { data, isPending, isFetching, error } = useReport(name, period);
    const view = reportViews[name];
    const empty = !data || view.isEmpty(data);
    const titleId = `report-${name}-title`;
    return (
        <Card component="section" aria-labelledby={titleId} data-testid={`report-${name}`}>
            <CardContent>
                <Stack
                    direction="row"
                    spacing={2}
                    sx={{ alignItems: 'flex-start', justifyContent: 'space-between', mb: 1 }}
                >
                    <div>
                        <Typography id={titleId} variant="h6" component="h2">
                            {translate(`app.report.name.${name}`)}
                        </Typography>
                        <Typography variant="body2" color="text.secondary">
                            {translate(`app.report.help.${name}`)}
                        </Typography>
                    </div>
                    <CsvButton name={name} period={period} disabled={isPending || Boolean(error) || empty} />
                </Stack>
                <LinearProgress sx={{ mb: 1, visibility: isFetching ? 'visible' : 'hidden' }} />
                {isPending ? null : error ? (
                    <Alert severity="error">{error.message}</Alert>
                ) : empty ? (
                    <Alert severity="info" data-testid="report-empty">
                        {translate(`app.report.empty.${name}`)}
                    </Alert>
                ) : (
                    view.render(data, period)
                )}
            </CardContent>
        </Card>
    );
};
