import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import {
    Alert,
    Dialog,
    DialogActions,
    DialogContent,
    DialogContentText,
    DialogTitle,
    MenuItem,
    Stack,
    TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Button, HttpError, useTranslate } from 'react-admin';
import { isConflict } from '../appointments/useAppointmentMutations';
import { useProductName } from '../products/productName';
import type { Desk, Product } from '../types';
import { useWalkIn } from './useWalkIn';

/** A 409 because the desk is closed now: the day's hours it names ('' when closed all day), else undefined. */
const closedHoursOf = (error: unknown): string | undefined => {
    if (!(error instanceof HttpError) || error.status !== 409) return undefined;
    const hours = (error.body as { errors?: { hours?: unknown } } | null)?.errors?.hours;
    return typeof hours === 'string' ? hours : undefined;
};

interface WalkInDialogProps {
    desk: Desk;
    /** The products this desk serves without appointment. */
    products: Product[];
    onClose: () => void;
}

/**
 * "Zonder afspraak": which product, and optionally the visitor's name; they wait for this desk from now. Outside the
 * desk's hours the server says its hours, and the clerk may go on with a reason (kept on the visit).
 */
export const WalkInDialog = ({ desk, products, onClose }: WalkInDialogProps) => {
    const translate = useTranslate();
    const name = useProductName();
    // Mounted afresh each time it opens: a product is preselected when the desk has only one.
    const [serviceId, setServiceId] = useState(() => (products.length === 1 ? products[0].id : ''));
    const [visitor, setVisitor] = useState('');
    const [problem, setProblem] = useState<string | null>(null);
    /** Set once the server said the desk is closed now: its hours today. */
    const [closedHours, setClosedHours] = useState<string | undefined>(undefined);
    const [reason, setReason] = useState('');
    const walkIn = useWalkIn();
    const needsReason = closedHours !== undefined;

    const submit = (event: FormEvent) => {
        event.preventDefault();
        if (!serviceId || (needsReason && reason.trim().length < 3)) return;
        setProblem(null);
        walkIn.mutate(
            {
                serviceId,
                deskId: desk.id,
                name: visitor.trim(),
                outsideHoursReason: needsReason ? reason.trim() : undefined,
            },
            {
                onSuccess: onClose,
                onError: (error) => {
                    const hours = closedHoursOf(error);
                    if (hours !== undefined) return setClosedHours(hours);
                    setProblem(isConflict(error) ? translate('app.planning.walk_in_busy') : error.message);
                },
            },
        );
    };

    return (
        <Dialog
            open
            onClose={walkIn.isPending ? undefined : onClose}
            fullWidth
            maxWidth="xs"
            aria-labelledby="walk-in-title"
        >
            <form onSubmit={submit}>
                <DialogTitle id="walk-in-title">
                    {translate('app.planning.walk_in_title', { desk: desk.name })}
                </DialogTitle>
                <DialogContent>
                    <DialogContentText sx={{ mb: 2 }}>{translate('app.planning.walk_in_help')}</DialogContentText>
                    <Stack spacing={2}>
                        <TextField
                            select
                            required
                            fullWidth
                            label={translate('app.planning.walk_in_product')}
                            value={serviceId}
                            onChange={(event) => setServiceId(event.target.value)}
                            disabled={walkIn.isPending}
                            slotProps={{ htmlInput: { 'data-testid': 'walk-in-product' } }}
                        >
                            {products.map((product) => (
                                <MenuItem key={product.id} value={product.id}>
                                    {name(product)}
                                </MenuItem>
                            ))}
                        </TextField>
                        <TextField
                            fullWidth
                            autoComplete="off"
                            label={translate('app.planning.walk_in_name')}
                            value={visitor}
                            onChange={(event) => setVisitor(event.target.value)}
                            disabled={walkIn.isPending}
                            slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'walk-in-name' } }}
                        />
                        {needsReason && (
                            <>
                                <Alert severity="warning" data-testid="walk-in-outside-hours">
                                    {closedHours
                                        ? translate('app.planning.walk_in_outside_hours', {
                                              desk: desk.name,
                                              hours: closedHours,
                                          })
                                        : translate('app.planning.walk_in_closed_today', { desk: desk.name })}
                                </Alert>
                                <TextField
                                    fullWidth
                                    required
                                    autoFocus
                                    autoComplete="off"
                                    label={translate('app.planning.walk_in_reason')}
                                    helperText={translate('app.planning.walk_in_reason_help')}
                                    value={reason}
                                    onChange={(event) => setReason(event.target.value)}
                                    disabled={walkIn.isPending}
                                    slotProps={{
                                        htmlInput: { minLength: 3, maxLength: 500, 'data-testid': 'walk-in-reason' },
                                    }}
                                />
                            </>
                        )}
                        {problem && <Alert severity="error">{problem}</Alert>}
                    </Stack>
                </DialogContent>
                <DialogActions>
                    <Button label="ra.action.cancel" onClick={onClose} disabled={walkIn.isPending} />
                    <Button
                        label={needsReason ? 'app.planning.walk_in_register_anyway' : 'app.planning.walk_in_register'}
                        type="submit"
                        variant="contained"
                        disabled={walkIn.isPending || !serviceId || (needsReason && reason.trim().length < 3)}
                        data-testid="walk-in-submit"
                    >
                        <DirectionsWalkIcon />
                    </Button>
                </DialogActions>
            </form>
        </Dialog>
    );
};
