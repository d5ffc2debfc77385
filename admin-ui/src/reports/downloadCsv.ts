import { reportUrl } from '../providers/dataProvider';
import type { ReportName, ReportPeriod } from '../types';

const filenameOf = (response: Response, fallback: string) =>
    /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallback;

/**
 * Fetches a report as CSV with the session cookie and saves it through a
 * temporary link, under the name the server gives it.
 */
export const downloadCsv = async (name: ReportName, period: ReportPeriod) => {
    const response = await fetch(reportUrl(name, period, true), {
        credentials: 'include',
        headers: { Accept: 'text/csv' },
    });
    if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        throw new Error(body?.message || response.statusText);
    }
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filenameOf(response, `${name}_${period.from}_${period.to}.csv`);
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Give the browser time to start the download before the blob goes.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
