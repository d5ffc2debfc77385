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
import { Button, useTranslate } from 'react-admin';
import { isConflict } from '../appointments/useAppointmentMutations';
import { useProductName } from '../products/productName';
import type { Desk, Product } from '../types';
import { useWalkIn } from './useWalkIn';

interface WalkInDialogProps {
    desk: Desk;
    /** The products this desk serves without appointment. */
    products: Product[];
    onClose: () => void;
}

/** "Zonder afspraak": which product, and optionally the visitor's name; served at this desk from now. */
export const WalkInDialog = ({ desk, products, onClose }: WalkInDialogProps) => {
    const translate = useTranslate();
    const name = useProductName();
    // Mounted afresh each time it opens: a product is preselected when the desk has only one.
    const [serviceId, setServiceId] = useState(() => (products.length === 1 ? products[0].id : ''));
    const [visitor, setVisitor] = useState('');
    const [problem, setProblem] = useState<string | null>(null);
    const walkIn = useWalkIn();

    const submit = (event: FormEvent) => {
        event.preventDefault();
        if (!serviceId) return;
        setProblem(null);
        walkIn.mutate(
            { serviceId, deskId: desk.id, name: visitor.trim() },
            {
                onSuccess: onClose,
                onError: error =>
                    setProblem(isConflict(error) ? translate('app.planning.walk_in_busy') : error.message),
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
                            onChange={event => setServiceId(event.target.value)}
                            disabled={walkIn.isPending}
                            slotProps={{ htmlInput: { 'data-testid': 'walk-in-product' } }}
                        >
                            {products.map(product => (
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
                            onChange={event => setVisitor(event.target.value)}
                            disabled={walkIn.isPending}
                            slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'walk-in-name' } }}
                        />
                        {problem && <Alert severity="error">{problem}</Alert>}
                    </Stack>
                </DialogContent>
                <DialogActions>
                    <Button label="ra.action.cancel" onClick={onClose} disabled={walkIn.isPending} />
                    <Button
                        label="app.planning.walk_in_register"
                        type="submit"
                        variant="contained"
                        disabled={walkIn.isPending || !serviceId}
                        data-testid="walk-in-submit"
                    >
                        <DirectionsWalkIcon />
                    </Button>
                </DialogActions>
            </form>
        </Dialog>
    );
};
