import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { ReportRow } from '../types';
import { colorOf } from './colors';
import { useNumberFormat } from './format';
import { ReportTable } from './ReportTable';

/** Visitors served per product, split into those with an appointment and walk-ins; most visited first. */
export const VisitorsPerProductReport = ({ rows }: { rows: ReportRow[] }) => {
    const translate = useTranslate();
    const format = useNumberFormat();
    const data = rows.map((row) => ({
        product: String(row.product),
        appointment: Number(row.visitors) - Number(row.walkIns),
        walkIn: Number(row.walkIns),
    }));
    return (
        <>
            <ResponsiveContainer width="100%" height={Math.max(160, 48 + data.length * 36)}>
                <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                    <XAxis type="number" allowDecimals={false} tickFormatter={(value) => format(Number(value))} />
                    <YAxis type="category" dataKey="product" width={180} />
                    <Tooltip formatter={(value) => format(Number(value))} />
                    <Legend itemSorter={null} />
                    <Bar
                        dataKey="appointment"
                        name={translate('app.report.with_appointment')}
                        stackId="visitors"
                        fill={colorOf('online', 0)}
                        isAnimationActive={false}
                    />
                    <Bar
                        dataKey="walkIn"
                        name={translate('app.report.without_appointment')}
                        stackId="visitors"
                        fill={colorOf('walk_in', 1)}
                        isAnimationActive={false}
                    />
                </BarChart>
            </ResponsiveContainer>
            <ReportTable
                label={translate('app.report.name.visitors-per-product')}
                rows={rows}
                columns={[{ key: 'product' }, { key: 'visitors', kind: 'number' }, { key: 'walkIns', kind: 'number' }]}
            />
        </>
    );
};
