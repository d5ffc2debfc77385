import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import type { ReportName, ReportPeriod } from '../types';
import { downloadCsv } from './downloadCsv';

/** "CSV": the report's rows for a spreadsheet. */
export const CsvButton = ({
    name,
    period,
    disabled,
}: {
    name: ReportName;
    period: ReportPeriod;
    disabled?: boolean;
}) => {
    const translate = useTranslate();
    const notify = useNotify();
    const [busy, setBusy] = useState(false);
    const title = translate(`app.report.name.${name}`);
    const download = async () => {
        setBusy(true);
        try {
            await downloadCsv(name, period);
        } catch (error) {
            notify('app.report.csv_failed', { type: 'error', messageArgs: { error: (error as Error).message } });
        } finally {
            setBusy(false);
        }
    };
    return (
        <Button
            size="small"
            variant="outlined"
            startIcon={<DownloadIcon />}
            onClick={download}
            disabled={disabled || busy}
            aria-label={translate('app.report.csv_label', { report: title })}
            data-testid={`report-csv-${name}`}
        >
            {translate('app.report.csv')}
        </Button>
    );
};
