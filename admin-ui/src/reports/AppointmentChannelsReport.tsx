import { Box } from '@mui/material';
import { Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { useTranslate } from 'react-admin';
import type { ReportRow } from '../types';
import { colorOf } from './colors';
import { useNumberFormat } from './format';
import { ReportTable } from './ReportTable';

/** How the period's appointments were made (online, phone, counter, walk-in): a pie of the share, and the table. */
export const AppointmentChannelsReport = ({ rows }: { rows: ReportRow[] }) => {
    const translate = useTranslate();
    const format = useNumberFormat();
    const channelName = (channel: unknown) =>
        translate(`resources.appointments.channel.${String(channel)}`, { _: String(channel) });
    const slices = rows
        .filter((row) => Number(row.appointments) > 0)
        .map((row, index) => ({
            name: channelName(row.channel),
            value: Number(row.appointments),
            fill: colorOf(String(row.channel), index),
        }));
    return (
        <>
            {slices.length > 0 && (
                <Box sx={{ maxWidth: 520 }}>
                    <ResponsiveContainer width="100%" height={280}>
                        <PieChart>
                            <Pie
                                data={slices}
                                dataKey="value"
                                nameKey="name"
                                outerRadius={100}
                                label={({ percent }) => format((percent ?? 0) * 100, '%')}
                                isAnimationActive={false}
                            />
                            <Tooltip formatter={(value) => format(Number(value))} />
                            <Legend />
                        </PieChart>
                    </ResponsiveContainer>
                </Box>
            )}
            <ReportTable
                label={translate('app.report.name.appointment-channels')}
                rows={rows}
                columns={[
                    { key: 'channel', render: channelName },
                    { key: 'appointments', kind: 'number' },
                    { key: 'share', kind: 'percent' },
                    { key: 'cancelled', kind: 'number' },
                ]}
            />
        </>
    );
};
