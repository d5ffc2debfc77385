import AddIcon from '@mui/icons-material/Add';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Fragment } from 'react';
import { Button, useTranslate } from 'react-admin';
import type { Desk, Weekday } from '../types';
import type { DraftRow, RowErrors } from './hoursRows';
import { HoursRowInputs } from './HoursRowInputs';
import { HoursRowText } from './HoursRowText';

interface HoursDayTableProps {
    weekday: Weekday;
    /** All blocks of the week; this table shows the weekday's. */
    rows: DraftRow[];
    desks: Desk[];
    errors: RowErrors;
    readOnly?: boolean;
    disabled?: boolean;
    onChange: (key: number, changes: Partial<DraftRow>) => void;
    onRemove: (key: number) => void;
    onAdd: (weekday: Weekday) => void;
}

/**
 * The blocks of one weekday: the whole location's first, then each desk's,
 * in the order they were added (a block does not jump while its time is typed).
 */
export const HoursDayTable = (props: HoursDayTableProps) => {
    const { weekday, rows, desks, errors, readOnly, disabled, onChange, onRemove, onAdd } = props;
    const translate = useTranslate();
    const dayName = translate(`app.weekday.${weekday}`);
    const deskOrder = (deskId: string | null) => (deskId ? desks.findIndex((desk) => desk.id === deskId) + 1 : 0);
    const dayRows = rows
        .map((row, index) => ({ row, index }))
        .filter(({ row }) => row.weekday === weekday)
        .sort((a, b) => deskOrder(a.row.deskId) - deskOrder(b.row.deskId) || a.index - b.index)
        .map(({ row }) => row);

    return (
        <Box component="section" aria-label={dayName} data-weekday={weekday} sx={{ mb: 2 }}>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
                {dayName}
            </Typography>
            {dayRows.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                    {translate('app.hours.closed')}
                </Typography>
            ) : (
                <Box sx={{ overflowX: 'auto' }}>
                    <Table size="small" sx={{ '& td, & th': { px: 1 } }}>
                        <TableHead>
                            <TableRow>
                                <TableCell>{translate('app.hours.desk')}</TableCell>
                                <TableCell>{translate('app.hours.kind')}</TableCell>
                                <TableCell>{translate('app.hours.opens')}</TableCell>
                                <TableCell>{translate('app.hours.closes')}</TableCell>
                                {!readOnly && <TableCell padding="checkbox" />}
                            </TableRow>
                        </TableHead>
                        <TableBody>
                            {dayRows.map((row, position) => {
                                const rowErrors = errors.get(row.key);
                                const messages = [...new Set(Object.values(rowErrors ?? {}))];
                                const errorId = `hours-error-${row.key}`;
                                return (
                                    <Fragment key={row.key}>
                                        <TableRow sx={messages.length ? { '& td': { borderBottom: 0 } } : undefined}>
                                            {readOnly ? (
                                                <HoursRowText row={row} desks={desks} />
                                            ) : (
                                                <HoursRowInputs
                                                    row={row}
                                                    name={`${dayName} ${position + 1}`}
                                                    desks={desks}
                                                    errors={rowErrors}
                                                    describedBy={errorId}
                                                    disabled={disabled}
                                                    onChange={(changes) => onChange(row.key, changes)}
                                                    onRemove={() => onRemove(row.key)}
                                                />
                                            )}
                                        </TableRow>
                                        {messages.length > 0 && (
                                            <TableRow>
                                                <TableCell colSpan={5} sx={{ pt: 0 }}>
                                                    <Typography
                                                        id={errorId}
                                                        variant="caption"
                                                        color="error"
                                                        role="alert"
                                                    >
                                                        {messages
                                                            .map((message) => translate(message, { _: message }))
                                                            .join(' ')}
                                                    </Typography>
                                                </TableCell>
                                            </TableRow>
                                        )}
                                    </Fragment>
                                );
                            })}
                        </TableBody>
                    </Table>
                </Box>
            )}
            {!readOnly && (
                <Button
                    label="app.hours.add_block"
                    onClick={() => onAdd(weekday)}
                    disabled={disabled}
                    size="small"
                    aria-label={`${dayName}: ${translate('app.hours.add_block')}`}
                    sx={{ mt: 0.5 }}
                >
                    <AddIcon />
                </Button>
            )}
        </Box>
    );
};
