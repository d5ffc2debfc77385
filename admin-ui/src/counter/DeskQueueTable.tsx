import {
    Alert,
    Card,
    CardContent,
    Stack,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatTime } from '../common/dates';
import type { Visit } from '../types';
import { AppointmentTime } from '../visits/AppointmentTime';
import { minutesBetween } from '../visits/minutes';

interface DeskQueueTableProps {
    deskId: string;
    visits: Visit[];
    productName: (serviceId: string) => string;
    now: number;
    error?: Error | null;
}

/** Who this desk calls next, first at the top. */
export const DeskQueueTable = ({ deskId, visits, productName, now, error }: DeskQueueTableProps) => {
    const translate = useTranslate();
    const formatTime = useFormatTime();
    return (
        <Card component="section" aria-labelledby="desk-queue-title">
            <CardContent>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', justifyContent: 'space-between' }}>
                    <Typography id="desk-queue-title" variant="h6" component="h2">
                        {translate('app.counter.queue')}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" data-testid="desk-queue-count">
                        {translate('app.counter.queue_count', { smart_count: visits.length })}
                    </Typography>
                </Stack>
                <Typography variant="body2" color="text.secondary">
                    {translate('app.counter.refresh_help')}
                </Typography>
            </CardContent>
            {error ? (
                <Alert severity="error" sx={{ m: 2 }}>
                    {error.message}
                </Alert>
            ) : visits.length === 0 ? (
                <Typography sx={{ px: 2, pb: 2 }} data-testid="desk-queue-empty">
                    {translate('app.counter.queue_empty')}
                </Typography>
            ) : (
                <Table size="small" data-testid="desk-queue">
                    <TableHead>
                        <TableRow>
                            <TableCell>{translate('app.counter.columns.position')}</TableCell>
                            <TableCell>{translate('app.counter.columns.number')}</TableCell>
                            <TableCell>{translate('app.counter.columns.product')}</TableCell>
                            <TableCell>{translate('app.counter.columns.appointment')}</TableCell>
                            <TableCell>{translate('app.counter.columns.checked_in')}</TableCell>
                            <TableCell align="right">{translate('app.counter.columns.waiting')}</TableCell>
                        </TableRow>
                    </TableHead>
                    <TableBody>
                        {visits.map((visit, index) => (
                            <TableRow key={visit.id} data-number={visit.number}>
                                <TableCell>{visit.position ?? index + 1}</TableCell>
                                <TableCell sx={{ fontWeight: 700, fontSize: '1.1rem' }}>{visit.number}</TableCell>
                                <TableCell>
                                    {productName(visit.serviceId)}
                                    {visit.onlyDeskId === deskId && (
                                        <Typography variant="caption" color="text.secondary" component="div">
                                            {translate('app.counter.sent_here')}
                                        </Typography>
                                    )}
                                </TableCell>
                                <TableCell>
                                    <AppointmentTime walkIn={visit.walkIn} at={visit.dueAt} />
                                </TableCell>
                                <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>
                                    {formatTime(visit.checkedInAt)}
                                </TableCell>
                                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                                    {translate('app.visit.minutes', {
                                        smart_count: minutesBetween(visit.checkedInAt, now),
                                    })}
                                </TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
            )}
        </Card>
    );
};
