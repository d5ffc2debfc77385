import type { ReportRow } from '../types';

export type PivotRow = { period: string } & Record<string, number | string>;

/**
 * Rows of (period, channel, count) as one row per period with a count per
 * channel, every period of the range present (0 where nothing came in), in
 * the channels' usual order.
 */
export const pivotByChannel = (
    rows: ReportRow[],
    periodKey: string,
    periods: string[],
    order: readonly string[],
): { channels: string[]; data: PivotRow[] } => {
    const seen = new Set(rows.map((row) => String(row.channel)));
    const channels = [...order.filter((channel) => seen.has(channel)), ...[...seen].filter((c) => !order.includes(c))];
    const byPeriod = new Map<string, PivotRow>(
        periods.map((period) => [period, { period, ...Object.fromEntries(channels.map((channel) => [channel, 0])) }]),
    );
    for (const row of rows) {
        const period = String(row[periodKey]);
        const target = byPeriod.get(period) ?? {
            period,
            ...Object.fromEntries(channels.map((channel) => [channel, 0])),
        };
        target[String(row.channel)] = Number(row.contacts ?? 0);
        byPeriod.set(period, target);
    }
    const data = [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
    for (const row of data) row.total = channels.reduce((sum, channel) => sum + Number(row[channel] ?? 0), 0);
    return { channels, data };
};
