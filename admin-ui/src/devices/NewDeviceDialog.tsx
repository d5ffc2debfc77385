import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import type { CreatedDevice } from '../types';
import { CopyField } from '../common/CopyField';

/**
 * The one and only time the device's address and token are shown. Clicking
 * beside the dialog does not close it: they would be lost; only the button does.
 */
export const NewDeviceDialog = ({ device, onClose }: { device: CreatedDevice; onClose: () => void }) => {
    const translate = useTranslate();
    return (
        <Dialog
            open
            onClose={(_, reason) => {
                if (reason !== 'backdropClick') onClose();
            }}
            aria-labelledby="new-device-title"
            fullWidth
            maxWidth="md"
        >
            <DialogTitle id="new-device-title">
                {translate('app.device.created_title', { name: device.name })}
            </DialogTitle>
            <DialogContent>
                <Alert severity="warning" sx={{ mb: 3 }} data-testid="device-warning">
                    {translate('app.device.created_warning')}
                </Alert>
                <Stack spacing={3}>
                    <CopyField
                        label="app.device.url"
                        value={device.url}
                        copyLabel="app.device.copy_url"
                        helperText={translate(`app.device.url_help.${device.kind}`)}
                        testId="device-url"
                        copiedMessage="app.device.copied"
                        failedMessage="app.device.copy_failed"
                    />
                    <CopyField
                        label="app.device.token"
                        value={device.token}
                        copyLabel="app.device.copy_token"
                        helperText={translate('app.device.token_help')}
                        testId="device-token"
                        copiedMessage="app.device.copied"
                        failedMessage="app.device.copy_failed"
                    />
                </Stack>
            </DialogContent>
            <DialogActions>
                <Button label="app.device.done" variant="contained" onClick={onClose} data-testid="device-done" />
            </DialogActions>
        </Dialog>
    );
};
