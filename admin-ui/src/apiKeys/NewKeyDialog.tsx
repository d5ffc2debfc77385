import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { CopyField } from '../common/CopyField';
import type { CreatedApiKey } from '../types';

/**
 * The one and only time the key is shown. Clicking beside the dialog does
 * not close it: the key would be lost; only the explicit button does.
 */
export const NewKeyDialog = ({ apiKey, onClose }: { apiKey: CreatedApiKey; onClose: () => void }) => {
    const translate = useTranslate();
    return (
        <Dialog
            open
            onClose={(_, reason) => {
                if (reason !== 'backdropClick') onClose();
            }}
            aria-labelledby="new-api-key-title"
            fullWidth
            maxWidth="sm"
        >
            <DialogTitle id="new-api-key-title">
                {translate('app.api_key.created_title', { name: apiKey.name })}
            </DialogTitle>
            <DialogContent>
                <Alert severity="warning" sx={{ mb: 2 }} data-testid="api-key-warning">
                    {translate('app.api_key.created_warning')}
                </Alert>
                <CopyField
                    label="app.api_key.key"
                    value={apiKey.key}
                    copyLabel="app.api_key.copy"
                    testId="api-key-value"
                    copiedMessage="app.api_key.copied"
                    failedMessage="app.api_key.copy_failed"
                />
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                    {translate('app.api_key.usage')}
                </Typography>
            </DialogContent>
            <DialogActions>
                <Button label="app.api_key.done" variant="contained" onClick={onClose} data-testid="api-key-done" />
            </DialogActions>
        </Dialog>
    );
};
