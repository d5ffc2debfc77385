import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import type { AuthSession } from '../types';
import { DeviceCell } from './DeviceCell';
import { EndSessionButton } from './EndSessionButton';

const columns = ['device', 'ip', 'createdAt', 'lastSeenAt'];

export const SessionsTable = ({ sessions }: { sessions: AuthSession[] }) => {
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    return (
        <Table size="small">
            <TableHead>
                <TableRow>
                    {columns.map((column) => (
                        <TableCell key={column}>{translate(`app.sessions.fields.${column}`)}</TableCell>
                    ))}
                    <TableCell />
                </TableRow>
            </TableHead>
            <TableBody>
                {sessions.map((session) => (
                    <TableRow key={session.id} selected={session.current}>
                        <TableCell>
                            <DeviceCell userAgent={session.userAgent} />
                            {session.current && (
                                <Chip
                                    label={translate('app.sessions.current')}
                                    color="primary"
                                    size="small"
                                    sx={{ ml: 1 }}
                                />
                            )}
                        </TableCell>
                        <TableCell>{session.ip ?? ''}</TableCell>
                        <TableCell>{formatDateTime(session.createdAt)}</TableCell>
                        <TableCell>{formatDateTime(session.lastSeenAt)}</TableCell>
                        <TableCell align="right">
                            <EndSessionButton session={session} />
                        </TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};
