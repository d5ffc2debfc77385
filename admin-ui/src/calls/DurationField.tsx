import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatCallDuration } from './duration';

/** A call's length in seconds, shown as minutes:seconds. */
export const DurationField = ({ source = 'durationSeconds' }: FieldProps & { source?: string }) => {
    const value = useFieldValue({ source });
    if (typeof value !== 'number') return null;
    return (
        <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatCallDuration(value)}
        </Typography>
    );
};
