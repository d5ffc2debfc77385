import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Stack } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';

/**
 * The ten recovery codes, the one time they are shown: to copy into a password manager or print and keep apart
 * from the phone. Each works once, instead of the app's code.
 */
export const RecoveryCodeList = ({ codes }: { codes: string[] }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const copy = () => {
        navigator.clipboard
            .writeText(codes.join('\n'))
            .then(() => notify('app.recovery.copied', { type: 'success' }))
            .catch(() => notify('app.recovery.copy_failed', { type: 'warning' }));
    };
    return (
        <Box>
            <Alert severity="warning" sx={{ my: 1 }}>
                {translate('app.recovery.shown_once')}
            </Alert>
            <Box
                component="ol"
                aria-label={translate('app.recovery.list_label')}
                data-testid="recovery-codes"
                sx={{
                    fontFamily: 'monospace',
                    fontSize: '1.05rem',
                    columns: 2,
                    pl: 4,
                    my: 1,
                    userSelect: 'all',
                }}
            >
                {codes.map((code) => (
                    <li key={code}>{code}</li>
                ))}
            </Box>
            <Stack direction="row" spacing={1} sx={{ displayPrint: 'none' }}>
                <Button size="small" variant="outlined" startIcon={<ContentCopyIcon />} onClick={copy}>
                    {translate('app.recovery.copy')}
                </Button>
                <Button size="small" variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()}>
                    {translate('app.recovery.print')}
                </Button>
            </Stack>
        </Box>
    );
};
