import WarningIcon from '@mui/icons-material/Warning';
import { alpha, Card, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { FloorVisit } from '../types';
import { AppointmentTime } from '../visits/AppointmentTime';
import { VisitStatusChip } from '../visits/VisitStatusChip';
import { LeftButton } from './LeftButton';
import { longWaitMinutes } from './useFloor';

/** Everyone on the floor, first come at the top; long waits in red. */
export const FloorTable = ({ visits }: { visits: FloorVisit[] }) => {
    const translate = useTranslate();
    if (visits.length === 0) {
        return (
            <Card variant="outlined" sx={{ p: 2 }}>
                <Typography data-testid="floor-empty">{translate('app.floor.empty')}</Typography>
            </Card>
        );
    }
    return (
        <Card>
            <Table size="small" data-testid="floor-table" aria-label={translate('app.floor.title')}>
                <TableHead>
                    <TableRow>
                        <TableCell>{translate('app.floor.columns.number')}</TableCell>
                        <TableCell>{translate('app.floor.columns.product')}</TableCell>
                        <TableCell>{translate('app.floor.columns.appointment')}</TableCell>
                        <TableCell>{translate('app.floor.columns.name')}</TableCell>
                        <TableCell>{translate('app.floor.columns.status')}</TableCell>
                        <TableCell>{translate('app.floor.columns.desk')}</TableCell>
                        <TableCell align="right">{translate('app.floor.columns.waiting')}</TableCell>
                        <TableCell>{translate('app.floor.columns.actions')}</TableCell>
                    </TableRow>
                </TableHead>
                <TableBody>
                    {visits.map((visit) => {
                        // Only those still waiting can wait too long; for the others it is how long they waited.
                        const long = visit.status === 'waiting' && visit.waitingMinutes > longWaitMinutes;
                        return (
                            <TableRow
                                key={visit.id}
                                data-number={visit.number}
                                data-long-wait={long || undefined}
                                sx={long ? { bgcolor: (theme) => alpha(theme.palette.error.main, 0.08) } : undefined}
                            >
                                <TableCell sx={{ fontWeight: 700, fontSize: '1.1rem' }}>{visit.number}</TableCell>
                                <TableCell>{visit.service}</TableCell>
                                <TableCell>
                                    <AppointmentTime walkIn={visit.walkIn} at={visit.appointmentAt} />
                                </TableCell>
                                <TableCell>{visit.name ?? ''}</TableCell>
                                <TableCell>
                                    <VisitStatusChip status={visit.status} />
                                </TableCell>
                                <TableCell>{visit.desk ?? ''}</TableCell>
                                <TableCell
                                    align="right"
                                    sx={{
                                        fontVariantNumeric: 'tabular-nums',
                                        whiteSpace: 'nowrap',
                                        ...(long && { color: 'error.main', fontWeight: 700 }),
                                    }}
                                >
                                    {long && (
                                        <WarningIcon
                                            fontSize="inherit"
                                            titleAccess={translate('app.floor.long_wait', {
                                                smart_count: longWaitMinutes,
                                            })}
                                            sx={{ verticalAlign: 'middle', mr: 0.5 }}
                                        />
                                    )}
                                    {translate('app.visit.minutes', { smart_count: visit.waitingMinutes })}
                                </TableCell>
                                <TableCell>{visit.status === 'waiting' && <LeftButton visit={visit} />}</TableCell>
                            </TableRow>
                        );
                    })}
                </TableBody>
            </Table>
        </Card>
    );
};
