import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { useProductName } from '../products/productName';
import type { Product } from '../types';

export const useActiveProducts = () =>
    useGetList<Product>('services', {
        filter: { active: true },
        sort: { field: 'nameNl', order: 'ASC' },
        pagination: { page: 1, perPage: 500 },
    });

interface ProductSelectProps {
    value: string | null;
    onChange: (serviceId: string) => void;
    disabled?: boolean;
}

/** The active products, in the console's language. */
export const ProductSelect = ({ value, onChange, disabled }: ProductSelectProps) => {
    const translate = useTranslate();
    const name = useProductName();
    const { data: products = [], isPending } = useActiveProducts();
    return (
        <TextField
            select
            fullWidth
            label={translate('app.slot.product')}
            value={products.some((product) => product.id === value) ? value : ''}
            onChange={(event) => onChange(event.target.value)}
            disabled={disabled || isPending}
            slotProps={{ htmlInput: { 'data-testid': 'slot-product' } }}
        >
            {products.map((product) => (
                <MenuItem key={product.id} value={product.id}>
                    {name(product)}
                </MenuItem>
            ))}
        </TextField>
    );
};
