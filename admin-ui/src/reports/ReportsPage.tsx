import { Alert, Card, CardContent, Stack } from '@mui/material';
import { useState } from 'react';
import { CanAccess, Title, useTranslate } from 'react-admin';
import { reportNames, type ReportPeriod } from '../types';
import { DepartmentSelect } from './DepartmentSelect';
import { PeriodPicker } from './PeriodPicker';
import { presetRange } from './periods';
import { ReportSection } from './ReportSection';

const Reports = () => {
    const translate = useTranslate();
    const [period, setPeriod] = useState<ReportPeriod>(() => ({ ...presetRange('this_month'), departmentIds: [] }));
    const valid = Boolean(period.from && period.to && period.from <= period.to);
    return (
        <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
            <Card>
                <CardContent>
                    <Stack
                        direction={{ xs: 'column', lg: 'row' }}
                        spacing={3}
                        sx={{ alignItems: { lg: 'flex-start' } }}
                    >
                        <PeriodPicker
                            range={period}
                            onChange={(range) => setPeriod((current) => ({ ...current, ...range }))}
                        />
                        <DepartmentSelect
                            value={period.departmentIds}
                            onChange={(departmentIds) => setPeriod((current) => ({ ...current, departmentIds }))}
                        />
                    </Stack>
                    <Alert severity="info" sx={{ mt: 2 }}>
                        {translate('app.report.intro')}
                    </Alert>
                </CardContent>
            </Card>
            {valid ? (
                reportNames.map((name) => <ReportSection key={name} name={name} period={period} />)
            ) : (
                <Alert severity="warning">{translate('app.report.to_before_from')}</Alert>
            )}
        </Stack>
    );
};

/** "Rapporten": every report over a chosen period and departments, as a chart, a table and a CSV. */
export const ReportsPage = () => (
    <CanAccess resource="reports" action="list">
        <Title title="app.report.title" />
        <Reports />
    </CanAccess>
);
