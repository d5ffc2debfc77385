import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useNumberFormat } from '../reports/format';
import type { DashboardFigures, TicketStatus } from '../types';
import { DashboardCard, Nothing } from './DashboardCard';

/** The statuses of work still to do, in the order a ticket passes them. */
const openStatuses: TicketStatus[] = ['new', 'open', 'pending_citizen'];

// The server names tickets without a department so.
const noDepartment = '(geen)';

/** Open tickets per department (rows) and status (columns), with totals. */
export const OpenTicketsCard = ({ rows }: { rows: DashboardFigures['openTickets'] }) => {
    const translate = useTranslate();
    const format = useNumberFormat();
    const departments = [...new Set(rows.map((row) => row.department))];
    const count = (department: string | null, status: TicketStatus | null) =>
        rows
            .filter((row) => department === null || row.department === department)
            .filter((row) => status === null || row.status === status)
            .reduce((sum, row) => sum + row.tickets, 0);
    const cell = { fontVariantNumeric: 'tabular-nums' };
    return (
        <DashboardCard title="app.dashboard.open_tickets" wide testId="dashboard-open-tickets">
            {count(null, null) === 0 ? (
                <Nothing message="app.dashboard.no_open_tickets" />
            ) : (
                <Table size="small">
                    <TableHead>
                        <TableRow>
                            <TableCell>{translate('app.dashboard.department')}</TableCell>
                            {openStatuses.map((status) => (
                                <TableCell key={status} align="right">
                                    {translate(`resources.tickets.status.${status}`)}
                                </TableCell>
                            ))}
                            <TableCell align="right">{translate('app.dashboard.total')}</TableCell>
                        </TableRow>
                    </TableHead>
                    <TableBody>
                        {departments.map((department) => (
                            <TableRow key={department} data-department={department}>
                                <TableCell>
                                    {department === noDepartment
                                        ? translate('app.dashboard.no_department')
                                        : department}
                                </TableCell>
                                {openStatuses.map((status) => (
                                    <TableCell key={status} align="right" sx={cell}>
                                        {format(count(department, status))}
                                    </TableCell>
                                ))}
                                <TableCell align="right" sx={{ ...cell, fontWeight: 600 }}>
                                    {format(count(department, null))}
                                </TableCell>
                            </TableRow>
                        ))}
                        {departments.length > 1 && (
                            <TableRow>
                                <TableCell sx={{ fontWeight: 600 }}>{translate('app.dashboard.total')}</TableCell>
                                {openStatuses.map((status) => (
                                    <TableCell key={status} align="right" sx={{ ...cell, fontWeight: 600 }}>
                                        {format(count(null, status))}
                                    </TableCell>
                                ))}
                                <TableCell align="right" sx={{ ...cell, fontWeight: 600 }}>
                                    {format(count(null, null))}
                                </TableCell>
                            </TableRow>
                        )}
                    </TableBody>
                </Table>
            )}
        </DashboardCard>
    );
};
