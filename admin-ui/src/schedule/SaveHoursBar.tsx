import SaveIcon from '@mui/icons-material/Save';
import { Alert, Stack } from '@mui/material';
import { Button } from 'react-admin';

interface SaveHoursBarProps {
    onSave: () => void;
    onReset: () => void;
    dirty: boolean;
    valid: boolean;
    saving: boolean;
    error?: Error | null;
}

/** Opening hours are saved on their own, apart from the department form around them. */
export const SaveHoursBar = ({ onSave, onReset, dirty, valid, saving, error }: SaveHoursBarProps) => (
    <>
        {error && (
            <Alert severity="error" sx={{ mt: 2 }}>
                {error.message}
            </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <Button
                label="app.schedule.save"
                variant="contained"
                onClick={onSave}
                disabled={!dirty || !valid || saving}
                data-testid="save-hours"
            >
                <SaveIcon />
            </Button>
            {dirty && <Button label="ra.action.undo" onClick={onReset} disabled={saving} />}
        </Stack>
    </>
);
