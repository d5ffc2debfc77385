import {
    Button,
    Dialog,
    DialogActions,
    DialogContent,
    DialogContentText,
    DialogTitle,
    List,
    ListItem,
    ListItemText,
} from '@mui/material';
import { useId } from 'react';
import { useListContext, useTranslate } from 'react-admin';
import type { Ticket } from '../../types';
import type { BulkTicketResult } from './bulkTypes';

/** After a bulk change with refusals: how many were changed, and each ticket left as it was with the reason. */
export const BulkResultDialog = ({ result, onClose }: { result: BulkTicketResult; onClose: () => void }) => {
    const translate = useTranslate();
    const titleId = useId();
    const { data } = useListContext<Ticket>();
    const referenceOf = (id: string, current?: Ticket) =>
        current?.reference ?? data?.find((t) => t.id === id)?.reference ?? translate('app.bulk.unknown_ticket');
    return (
        <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
            <DialogTitle id={titleId}>
                {translate('app.bulk.partly_done', {
                    smart_count: result.changedIds.length,
                    failed: result.failed.length,
                })}
            </DialogTitle>
            <DialogContent>
                <DialogContentText>{translate('app.bulk.left_selected')}</DialogContentText>
                <List data-testid="bulk-failures">
                    {result.failed.map((f) => (
                        <ListItem key={f.id} disableGutters>
                            <ListItemText primary={referenceOf(f.id, f.current)} secondary={f.message} />
                        </ListItem>
                    ))}
                </List>
            </DialogContent>
            <DialogActions>
                <Button onClick={onClose} variant="contained" autoFocus>
                    {translate('ra.action.close')}
                </Button>
            </DialogActions>
        </Dialog>
    );
};
