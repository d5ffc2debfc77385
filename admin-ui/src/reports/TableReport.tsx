import { useTranslate } from 'react-admin';
import type { ReportName, ReportRow } from '../types';
import { ReportTable, type ReportColumn } from './ReportTable';
import { useDayLabels } from './useDayLabels';

export interface TableColumn {
    key: string;
    /** group: with or without appointment; department: "(geen)" in words; day: a calendar day. */
    kind?: 'number' | 'percent' | 'group' | 'department' | 'day' | 'channel' | 'total';
}

// The server names tickets without a department so.
const noDepartment = '(geen)';

/** A report shown as a table only, its words translated. */
export const TableReport = ({
    name,
    rows,
    columns,
}: {
    name: ReportName;
    rows: ReportRow[];
    columns: TableColumn[];
}) => {
    const translate = useTranslate();
    const labels = useDayLabels();
    const toColumn = ({ key, kind }: TableColumn): ReportColumn => {
        switch (kind) {
            case 'number':
            case 'percent':
                return { key, kind };
            case 'group':
                return { key, render: (value) => translate(`app.report.group.${String(value)}`, { _: String(value) }) };
            case 'department':
                return {
                    key,
                    render: (value) =>
                        value === 'all'
                            ? translate('app.report.total')
                            : value === noDepartment
                              ? translate('app.dashboard.no_department')
                              : String(value),
                };
            case 'day':
                return { key, render: (value) => labels.long(String(value)) };
            case 'channel':
                return {
                    key,
                    render: (value) => translate(`resources.tickets.channel.${String(value)}`, { _: String(value) }),
                };
            case 'total':
                return { key, render: (value) => (value === 'all' ? translate('app.report.total') : String(value)) };
            default:
                return { key };
        }
    };
    return <ReportTable label={translate(`app.report.name.${name}`)} rows={rows} columns={columns.map(toColumn)} />;
};
