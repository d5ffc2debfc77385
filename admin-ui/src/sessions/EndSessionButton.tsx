import LogoutIcon from '@mui/icons-material/Logout';
import { useState } from 'react';
import { Button, Confirm } from 'react-admin';
import type { AuthSession } from '../types';
import { useEndSession } from './useSessions';

export const EndSessionButton = ({ session }: { session: AuthSession }) => {
    const [confirming, setConfirming] = useState(false);
    const { mutate, isPending } = useEndSession(() => setConfirming(false));
    return (
        <>
            <Button label="app.sessions.end" onClick={() => setConfirming(true)} disabled={isPending}>
                <LogoutIcon />
            </Button>
            <Confirm
                isOpen={confirming}
                loading={isPending}
                title="app.sessions.end_title"
                content={session.current ? 'app.sessions.end_current_content' : 'app.sessions.end_content'}
                onConfirm={() => mutate(session)}
                onClose={() => setConfirming(false)}
            />
        </>
    );
};
