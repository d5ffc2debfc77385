import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';

/** One line in a list; the whole text is in the tooltip. */
export const TruncatedTextField = ({ source, maxWidth = 280 }: FieldProps & { source: string; maxWidth?: number }) => {
    const value = useFieldValue({ source });
    if (value == null || value === '') return null;
    const text = String(value);
    return (
        <Typography variant="body2" noWrap title={text} sx={{ maxWidth }}>
            {text}
        </Typography>
    );
};
