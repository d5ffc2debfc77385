import { Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { longWaitMinutes } from '../floor/useFloor';
import { useNumberFormat } from '../reports/format';
import type { DashboardFigures } from '../types';
import { DashboardCard, Nothing } from './DashboardCard';

/** Per location: who waits, who is at a desk, and the longest wait of those still waiting. */
export const QueueNowCard = ({ rows }: { rows: DashboardFigures['queueNow'] }) => {
    const translate = useTranslate();
    const format = useNumberFormat();
    const { canAccess } = useCanAccess({ resource: 'floor', action: 'list' });
    const cell = { fontVariantNumeric: 'tabular-nums' };
    return (
        <DashboardCard title="app.dashboard.queue_now" testId="dashboard-queue">
            {rows.length === 0 ? (
                <Nothing message="app.dashboard.no_queue" />
            ) : (
                <Table size="small">
                    <TableHead>
                        <TableRow>
                            <TableCell>{translate('app.dashboard.location')}</TableCell>
                            <TableCell align="right">{translate('app.dashboard.waiting')}</TableCell>
                            <TableCell align="right">{translate('app.dashboard.at_desk')}</TableCell>
                            <TableCell align="right">{translate('app.dashboard.longest')}</TableCell>
                        </TableRow>
                    </TableHead>
                    <TableBody>
                        {rows.map((row) => (
                            <TableRow key={row.location}>
                                <TableCell>{row.location}</TableCell>
                                <TableCell align="right" sx={cell}>
                                    {format(row.waiting)}
                                </TableCell>
                                <TableCell align="right" sx={cell}>
                                    {format(row.atDesk)}
                                </TableCell>
                                <TableCell
                                    align="right"
                                    sx={{
                                        ...cell,
                                        ...((row.longestWaitMinutes ?? 0) > longWaitMinutes && {
                                            color: 'error.main',
                                            fontWeight: 700,
                                        }),
                                    }}
                                >
                                    {row.longestWaitMinutes === null
                                        ? '–'
                                        : translate('app.visit.minutes', { smart_count: row.longestWaitMinutes })}
                                </TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
            )}
            {canAccess && (
                <Button component={Link} to="/wachtzaal" size="small" sx={{ mt: 1 }}>
                    {translate('app.dashboard.to_floor')}
                </Button>
            )}
        </DashboardCard>
    );
};
