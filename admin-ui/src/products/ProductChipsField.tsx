import { Chip, Stack } from '@mui/material';
import { useFieldValue, useGetMany, type FieldProps } from 'react-admin';
import type { Product } from '../types';
import { useProductName } from './productName';

/** The products of a list of ids as chips, in the console's language. */
export const ProductChipsField = ({ source = 'serviceIds' }: FieldProps & { source?: string }) => {
    const value = useFieldValue({ source });
    const ids = Array.isArray(value) ? (value as string[]) : [];
    const name = useProductName();
    const { data: products = [] } = useGetMany<Product>('services', { ids }, { enabled: ids.length > 0 });
    if (ids.length === 0) return null;
    return (
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} component="span">
            {products.filter(Boolean).map((product) => (
                <Chip key={product.id} size="small" label={name(product)} />
            ))}
        </Stack>
    );
};
