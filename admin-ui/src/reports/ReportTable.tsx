import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { ReportRow } from '../types';
import { useNumberFormat } from './format';

export interface ReportColumn {
    key: string;
    /** Default: app.report.columns.<key>. */
    label?: string;
    kind?: 'text' | 'number' | 'percent';
    /** For text columns that need words: a channel, a weekday. */
    render?: (value: ReportRow[string], row: ReportRow) => ReactNode;
}

/** The server's name for the total row of a grouped report. */
const totalRow = 'all';

/**
 * A report's rows as a table: numbers right-aligned in the console's
 * language, the total row ("all") last and bold. Long tables scroll
 * inside the section, the header staying in view.
 */
export const ReportTable = ({
    columns,
    rows,
    label,
}: {
    columns: ReportColumn[];
    rows: ReportRow[];
    label: string;
}) => {
    const translate = useTranslate();
    const format = useNumberFormat();
    const cell = (column: ReportColumn, row: ReportRow) => {
        const value = row[column.key];
        if (column.render) return column.render(value, row);
        if (column.kind === 'number') return format(value);
        if (column.kind === 'percent') return format(value, '%');
        if (value === totalRow && column === columns[0]) return translate('app.report.total');
        return value ?? '–';
    };
    return (
        <Box sx={{ maxHeight: 420, overflow: 'auto' }}>
            <Table size="small" stickyHeader aria-label={label}>
                <TableHead>
                    <TableRow>
                        {columns.map((column) => (
                            <TableCell
                                key={column.key}
                                align={column.kind && column.kind !== 'text' ? 'right' : 'left'}
                            >
                                {translate(column.label ?? `app.report.columns.${column.key}`)}
                            </TableCell>
                        ))}
                    </TableRow>
                </TableHead>
                <TableBody>
                    {rows.map((row, index) => {
                        const total = row[columns[0].key] === totalRow;
                        return (
                            <TableRow key={index}>
                                {columns.map((column) => (
                                    <TableCell
                                        key={column.key}
                                        align={column.kind && column.kind !== 'text' ? 'right' : 'left'}
                                        sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: total ? 600 : undefined }}
                                    >
                                        {cell(column, row)}
                                    </TableCell>
                                ))}
                            </TableRow>
                        );
                    })}
                </TableBody>
            </Table>
        </Box>
    );
};
