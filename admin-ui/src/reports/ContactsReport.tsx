import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { ticketChannels, type ReportPeriod, type ReportRow } from '../types';
import { colorOf } from './colors';
import { useNumberFormat } from './format';
import { daysOf, weeksOf } from './periods';
import { pivotByChannel } from './pivot';
import { ReportTable, type ReportColumn } from './ReportTable';
import { useDayLabels } from './useDayLabels';

interface ContactsReportProps {
    rows: ReportRow[];
    period: ReportPeriod;
    unit: 'day' | 'week';
}

/** New tickets per day or week, stacked by channel; below, the same as a table with totals. */
export const ContactsReport = ({ rows, period, unit }: ContactsReportProps) => {
    const translate = useTranslate();
    const format = useNumberFormat();
    const labels = useDayLabels();
    const periods = unit === 'day' ? daysOf(period) : weeksOf(period);
    const { channels, data } = pivotByChannel(rows, unit, periods, ticketChannels);
    const channelName = (channel: string) => translate(`resources.tickets.channel.${channel}`, { _: channel });
    const axisLabel = unit === 'day' ? labels.short : labels.shortWeek;
    const rowLabel = unit === 'day' ? labels.long : labels.week;
    const columns: ReportColumn[] = [
        { key: 'period', label: `app.report.columns.${unit}`, render: (value) => rowLabel(String(value)) },
        ...channels.map((channel) => ({ key: channel, label: channelName(channel), kind: 'number' as const })),
        { key: 'total', kind: 'number' },
    ];
    return (
        <>
            <ResponsiveContainer width="100%" height={300}>
                <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="period" tickFormatter={(value) => axisLabel(String(value))} minTickGap={12} />
                    <YAxis allowDecimals={false} tickFormatter={(value) => format(Number(value))} width={48} />
                    <Tooltip
                        labelFormatter={(value) => rowLabel(String(value))}
                        formatter={(value) => format(Number(value))}
                    />
                    {/* In stacking order, as the bars; not sorted by name. */}
                    <Legend itemSorter={null} />
                    {channels.map((channel, index) => (
                        <Bar
                            key={channel}
                            dataKey={channel}
                            name={channelName(channel)}
                            stackId="contacts"
                            fill={colorOf(channel, index)}
                            isAnimationActive={false}
                        />
                    ))}
                </BarChart>
            </ResponsiveContainer>
            <ReportTable columns={columns} rows={data} label={translate(`app.report.name.contacts-per-${unit}`)} />
        </>
    );
};
