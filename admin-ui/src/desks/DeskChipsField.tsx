import { Chip, Stack } from '@mui/material';
import { useFieldValue, useGetMany, type FieldProps } from 'react-admin';
import type { Desk } from '../types';
import { useDeskLabel } from './deskLabel';

/** The desks of a list of ids as chips, each named with its location. */
export const DeskChipsField = ({ source = 'deskIds' }: FieldProps & { source?: string }) => {
    const value = useFieldValue({ source });
    const ids = Array.isArray(value) ? (value as string[]) : [];
    const label = useDeskLabel();
    const { data: desks = [] } = useGetMany<Desk>('desks', { ids }, { enabled: ids.length > 0 });
    if (ids.length === 0) return null;
    return (
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} component="span">
            {desks.filter(Boolean).map((desk) => (
                <Chip key={desk.id} size="small" label={label(desk)} />
            ))}
        </Stack>
    );
};
