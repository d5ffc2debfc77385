import CampaignIcon from '@mui/icons-material/Campaign';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface CallNextButtonProps {
    onClick: () => void;
    /** A visitor is still at the desk: finish, no-show or transfer first. */
    occupied: boolean;
    busy: boolean;
    /** The last call found nobody, and nobody came since. */
    nobody: boolean;
}

/** "Volgende oproepen": the big button, shortcut V. */
export const CallNextButton = ({ onClick, occupied, busy, nobody }: CallNextButtonProps) => {
    const translate = useTranslate();
    return (
        <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Button
                variant="contained"
                size="large"
                startIcon={<CampaignIcon />}
                onClick={onClick}
                disabled={occupied || busy}
                aria-keyshortcuts="V"
                aria-describedby={occupied ? 'counter-occupied' : undefined}
                data-testid="call-next"
                sx={{ fontSize: '1.25rem', px: 4, py: 1.5 }}
            >
                {translate('app.counter.call_next')}
            </Button>
            {occupied && (
                <Typography id="counter-occupied" variant="body2" color="text.secondary">
                    {translate('app.counter.finish_first')}
                </Typography>
            )}
            <div role="status" aria-live="polite">
                {nobody && !occupied && (
                    <Alert severity="info" data-testid="nobody-waiting">
                        {translate('app.counter.nobody_waiting')}
                    </Alert>
                )}
            </div>
        </Stack>
    );
};
