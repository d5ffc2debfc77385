import ShortcutIcon from '@mui/icons-material/Shortcut';
import {
    Alert,
    Dialog,
    DialogActions,
    DialogContent,
    DialogContentText,
    DialogTitle,
    FormControlLabel,
    MenuItem,
    Radio,
    RadioGroup,
    Stack,
    TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Button, HttpError, useTranslate } from 'react-admin';
import { useProductName } from '../products/productName';
import type { Desk, Product, Visit, VisitTransfer } from '../types';
import { isVisitConflict } from './useVisitActions';

interface TransferDialogProps {
    visit: Visit;
    /** The desk the visitor is at now. */
    deskId: string;
    /** The desks of this location. */
    desks: Desk[];
    products: Product[];
    pending: boolean;
    onTransfer: (to: VisitTransfer, onError: (error: Error) => void) => void;
    onClose: () => void;
}

type Target = 'desk' | 'product';

/**
 * "Doorsturen": to another desk of this location that serves the visitor's
 * product (only that desk will call them), or to another product served
 * here (any desk for it). They keep their number and their place.
 */
export const TransferDialog = (props: TransferDialogProps) => {
    const { visit, deskId, desks, products, pending, onTransfer, onClose } = props;
    const translate = useTranslate();
    const name = useProductName();
    const product = products.find((candidate) => candidate.id === visit.serviceId);
    const productName = product ? name(product) : '…';
    const active = desks.filter((desk) => desk.active);
    const deskChoices = active.filter((desk) => desk.id !== deskId && desk.serviceIds.includes(visit.serviceId));
    const productChoices = products.filter(
        (candidate) =>
            candidate.active &&
            candidate.id !== visit.serviceId &&
            active.some((desk) => desk.serviceIds.includes(candidate.id)),
    );
    const [target, setTarget] = useState<Target>(
        deskChoices.length > 0 || productChoices.length === 0 ? 'desk' : 'product',
    );
    const [toDesk, setToDesk] = useState(() => (deskChoices.length === 1 ? deskChoices[0].id : ''));
    const [toProduct, setToProduct] = useState('');
    const [problem, setProblem] = useState<string | null>(null);
    const chosen = target === 'desk' ? toDesk : toProduct;

    const submit = (event: FormEvent) => {
        event.preventDefault();
        if (!chosen) return;
        setProblem(null);
        onTransfer(target === 'desk' ? { deskId: toDesk } : { serviceId: toProduct }, (error) =>
            setProblem(
                isVisitConflict(error)
                    ? translate('app.counter.conflict')
                    : error instanceof HttpError && error.status === 400
                      ? translate('app.counter.transfer_refused')
                      : error.message,
            ),
        );
    };

    return (
        <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="xs" aria-labelledby="transfer-title">
            <form onSubmit={submit}>
                <DialogTitle id="transfer-title">
                    {translate('app.counter.transfer_title', { number: visit.number })}
                </DialogTitle>
                <DialogContent>
                    <DialogContentText sx={{ mb: 1 }}>{translate('app.counter.transfer_help')}</DialogContentText>
                    <RadioGroup
                        value={target}
                        onChange={(event) => setTarget(event.target.value as Target)}
                        aria-label={translate('app.counter.transfer')}
                    >
                        <FormControlLabel
                            value="desk"
                            control={<Radio />}
                            label={translate('app.counter.transfer_to_desk')}
                        />
                        <FormControlLabel
                            value="product"
                            control={<Radio />}
                            label={translate('app.counter.transfer_to_product')}
                        />
                    </RadioGroup>
                    <Stack spacing={2} sx={{ mt: 2 }}>
                        {target === 'desk' &&
                            (deskChoices.length === 0 ? (
                                <Alert severity="info">
                                    {translate('app.counter.transfer_no_desks', { product: productName })}
                                </Alert>
                            ) : (
                                <TextField
                                    select
                                    required
                                    fullWidth
                                    autoFocus
                                    label={translate('app.counter.transfer_desk')}
                                    helperText={translate('app.counter.transfer_desk_help', { product: productName })}
                                    value={toDesk}
                                    onChange={(event) => setToDesk(event.target.value)}
                                    disabled={pending}
                                    slotProps={{ htmlInput: { 'data-testid': 'transfer-desk' } }}
                                >
                                    {deskChoices.map((desk) => (
                                        <MenuItem key={desk.id} value={desk.id}>
                                            {desk.name}
                                        </MenuItem>
                                    ))}
                                </TextField>
                            ))}
                        {target === 'product' &&
                            (productChoices.length === 0 ? (
                                <Alert severity="info">{translate('app.counter.transfer_no_products')}</Alert>
                            ) : (
                                <TextField
                                    select
                                    required
                                    fullWidth
                                    autoFocus
                                    label={translate('app.counter.transfer_product')}
                                    helperText={translate('app.counter.transfer_product_help')}
                                    value={toProduct}
                                    onChange={(event) => setToProduct(event.target.value)}
                                    disabled={pending}
                                    slotProps={{ htmlInput: { 'data-testid': 'transfer-product' } }}
                                >
                                    {productChoices.map((candidate) => (
                                        <MenuItem key={candidate.id} value={candidate.id}>
                                            {name(candidate)}
                                        </MenuItem>
                                    ))}
                                </TextField>
                            ))}
                        {problem && <Alert severity="error">{problem}</Alert>}
                    </Stack>
                </DialogContent>
                <DialogActions>
                    <Button label="ra.action.cancel" onClick={onClose} disabled={pending} />
                    <Button
                        label="app.counter.transfer_send"
                        type="submit"
                        variant="contained"
                        disabled={pending || !chosen}
                        data-testid="transfer-submit"
                    >
                        <ShortcutIcon />
                    </Button>
                </DialogActions>
            </form>
        </Dialog>
    );
};
