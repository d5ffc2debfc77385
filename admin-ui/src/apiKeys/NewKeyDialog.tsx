import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
    Alert,
    Dialog,
    DialogActions,
    DialogContent,
    DialogTitle,
    IconButton,
    InputAdornment,
    TextField,
    Tooltip,
    Typography,
} from '@mui/material';
import { useRef } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import type { CreatedApiKey } from '../types';

/**
 * The one and only time the key is shown. Clicking beside the dialog does
 * not close it: the key would be lost; only the explicit button does.
 */
export const NewKeyDialog = ({ apiKey, onClose }: { apiKey: CreatedApiKey; onClose: () => void }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const input = useRef<HTMLInputElement>(null);

    const copy = async () => {
        try {
            await navigator.clipboard.writeText(apiKey.key);
            notify('app.api_key.copied', { type: 'success' });
        } catch {
            // No clipboard outside HTTPS or without permission: leave the key selected instead.
            input.current?.select();
            notify('app.api_key.copy_failed', { type: 'warning' });
        }
    };

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
                <TextField
                    label={translate('app.api_key.key')}
                    value={apiKey.key}
                    fullWidth
                    inputRef={input}
                    onFocus={event => event.target.select()}
                    slotProps={{
                        htmlInput: {
                            readOnly: true,
                            'data-testid': 'api-key-value',
                            style: { fontFamily: 'monospace' },
                        },
                        input: {
                            endAdornment: (
                                <InputAdornment position="end">
                                    <Tooltip title={translate('app.api_key.copy')}>
                                        <IconButton
                                            onClick={copy}
                                            aria-label={translate('app.api_key.copy')}
                                            edge="end"
                                            data-testid="api-key-copy"
                                        >
                                            <ContentCopyIcon />
                                        </IconButton>
                                    </Tooltip>
                                </InputAdornment>
                            ),
                        },
                    }}
                />
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                    {translate('app.api_key.usage')}
                </Typography>
            </DialogContent>
            <DialogActions>
                <Button label="app.api_key.copy" onClick={copy}>
                    <ContentCopyIcon />
                </Button>
                <Button label="app.api_key.done" variant="contained" onClick={onClose} data-testid="api-key-done" />
            </DialogActions>
        </Dialog>
    );
};
