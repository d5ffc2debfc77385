import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { Button, useTranslate } from 'react-admin';

interface AgentPhoneDialogProps {
    open: boolean;
    /** Last number typed, to start from. */
    initial: string;
    /** The server's complaint about the number tried last, if one was typed. */
    error?: string;
    pending: boolean;
    onCall: (agentPhone: string) => void;
    onClose: () => void;
}

/** Asked when the agent has no phone on their profile: where should Twilio ring them first? */
export const AgentPhoneDialog = ({ open, initial, error, pending, onCall, onClose }: AgentPhoneDialogProps) => {
    const translate = useTranslate();
    const [phone, setPhone] = useState(initial);
    useEffect(() => {
        if (open) setPhone(initial);
    }, [open, initial]);

    const submit = (event: FormEvent) => {
        event.preventDefault();
        if (phone.trim()) onCall(phone.trim());
    };

    return (
        <Dialog
            open={open}
            onClose={pending ? undefined : onClose}
            fullWidth
            maxWidth="xs"
            aria-labelledby="agent-phone-title"
        >
            <form onSubmit={submit}>
                <DialogTitle id="agent-phone-title">{translate('app.callback.agent_phone_title')}</DialogTitle>
                <DialogContent>
                    <DialogContentText sx={{ mb: 2 }}>{translate('app.callback.agent_phone_help')}</DialogContentText>
                    <TextField
                        autoFocus
                        fullWidth
                        type="tel"
                        autoComplete="tel"
                        label={translate('app.callback.agent_phone')}
                        value={phone}
                        onChange={(event) => setPhone(event.target.value)}
                        error={Boolean(error)}
                        helperText={error || translate('app.callback.agent_phone_example')}
                        disabled={pending}
                        slotProps={{ htmlInput: { 'data-testid': 'callback-agent-phone', maxLength: 40 } }}
                    />
                </DialogContent>
                <DialogActions>
                    <Button label="ra.action.cancel" onClick={onClose} disabled={pending} />
                    <Button
                        label="app.callback.call"
                        type="submit"
                        variant="contained"
                        disabled={pending || !phone.trim()}
                        data-testid="callback-agent-phone-call"
                    >
                        <PhoneForwardedIcon />
                    </Button>
                </DialogActions>
            </form>
        </Dialog>
    );
};
