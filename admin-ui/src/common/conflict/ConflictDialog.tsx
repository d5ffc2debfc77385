import {
    Button,
    Dialog,
    DialogActions,
    DialogContent,
    DialogContentText,
    DialogTitle,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
} from '@mui/material';
import { useId } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { VersionConflict } from './versionConflict';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A value as a person reads it: choices translated, ids and objects not spelled out. */
const useShowValue = (resource: string) => {
    const translate = useTranslate();
    return (field: string, value: unknown): string => {
        if (value === null || value === undefined || value === '') return translate('app.none');
        if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : translate('app.none');
        if (typeof value === 'string' && UUID.test(value)) return translate('app.conflict.other_value');
        if (typeof value === 'object') return translate('app.conflict.other_value');
        return translate(`resources.${resource}.${field}.${value}`, { _: String(value) });
    };
};

export interface ConflictDialogProps {
    resource: string;
    conflict: VersionConflict;
    /** the user's own changes that were not saved */
    mine: Record<string, unknown>;
    busy: boolean;
    onReload: () => void;
    onReapply: () => void;
}

/**
 * Tells the user that a colleague saved first (who and when, in the server's words when the console is in
 * Dutch), shows their own unsaved changes next to what is stored now, and offers to reload or to apply their
 * changes again on top of the colleague's.
 */
export const ConflictDialog = ({ resource, conflict, mine, busy, onReload, onReapply }: ConflictDialogProps) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const showValue = useShowValue(resource);
    const titleId = useId();
    const textId = useId();
    const { changedBy } = conflict;
    const time = changedBy
        ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-BE', {
              timeZone: 'Europe/Brussels',
              dateStyle: 'short',
              timeStyle: 'short',
          }).format(new Date(changedBy.at))
        : '';
    const explanation =
        locale === 'nl'
            ? conflict.message
            : changedBy
              ? translate('app.conflict.changed_by', {
                    name: changedBy.name ?? translate('app.conflict.someone'),
                    time,
                })
              : translate('app.conflict.changed');
    const fields = Object.keys(mine).filter((field) => field !== 'reason');
    return (
        <Dialog open aria-labelledby={titleId} aria-describedby={textId} maxWidth="sm" fullWidth>
            <DialogTitle id={titleId}>{translate('app.conflict.title')}</DialogTitle>
            <DialogContent>
                <DialogContentText id={textId} data-testid="conflict-message">
                    {explanation}
                </DialogContentText>
                {fields.length > 0 && (
                    <Table size="small" sx={{ mt: 2 }} aria-label={translate('app.conflict.your_changes')}>
                        <TableHead>
                            <TableRow>
                                <TableCell component="th" scope="col">
                                    {translate('app.conflict.field')}
                                </TableCell>
                                <TableCell component="th" scope="col">
                                    {translate('app.conflict.yours')}
                                </TableCell>
                                <TableCell component="th" scope="col">
                                    {translate('app.conflict.stored')}
                                </TableCell>
                            </TableRow>
                        </TableHead>
                        <TableBody>
                            {fields.map((field) => (
                                <TableRow key={field}>
                                    <TableCell component="th" scope="row">
                                        {translate(`resources.${resource}.fields.${field}`, { _: field })}
                                    </TableCell>
                                    <TableCell>{showValue(field, mine[field])}</TableCell>
                                    <TableCell>{showValue(field, conflict.current[field])}</TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                )}
            </DialogContent>
            <DialogActions>
                <Button onClick={onReload} disabled={busy}>
                    {translate('app.conflict.reload')}
                </Button>
                <Button onClick={onReapply} disabled={busy} variant="contained" autoFocus>
                    {translate('app.conflict.reapply')}
                </Button>
            </DialogActions>
        </Dialog>
    );
};
