import PhonelinkEraseIcon from '@mui/icons-material/PhonelinkErase';
import { Button } from 'react-admin';
import { useEndOtherSessions } from './useSessions';

export const EndOtherSessionsButton = ({ disabled }: { disabled: boolean }) => {
    const { mutate, isPending } = useEndOtherSessions();
    return (
        <Button
            label="app.sessions.end_others"
            variant="outlined"
            onClick={() => mutate()}
            disabled={disabled || isPending}
        >
            <PhonelinkEraseIcon />
        </Button>
    );
};
