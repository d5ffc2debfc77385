import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Which policy applies is not obvious from a table of rows, so it is said once above it. */
export const SlaExplanation = () => {
    const translate = useTranslate();
    return (
        <Alert severity="info" sx={{ mt: 1 }}>
            {translate('app.sla.explanation')}
        </Alert>
    );
};
