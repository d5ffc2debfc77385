import SendIcon from '@mui/icons-material/Send';
import StickyNote2Icon from '@mui/icons-material/StickyNote2';
import { Button, Card, CardContent, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import { useRefreshTicket } from './useRefreshTicket';

type Kind = 'reply' | 'note';

const settings = {
    reply: { testId: 'reply', icon: <SendIcon />, color: 'primary', background: undefined },
    note: { testId: 'note', icon: <StickyNote2Icon />, color: 'warning', background: '#fffdf3' },
} as const;

/** Text box with one action: reply to the citizen, or add an internal note. */
export const ComposeBox = ({ kind, ticketId }: { kind: Kind; ticketId: string }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const refreshTicket = useRefreshTicket();
    const [body, setBody] = useState('');
    const { testId, icon, color, background } = settings[kind];

    const { mutate, isPending } = useMutation({
        mutationFn: (text: string) =>
            kind === 'reply'
                ? dataProvider.replyToTicket(ticketId, { body: text })
                : dataProvider.addNote(ticketId, { body: text }),
        onSuccess: () => {
            setBody('');
            notify(`app.ticket.${kind}.done`, { type: 'success' });
            return refreshTicket();
        },
        onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    });

    const canSend = body.trim() !== '' && !isPending;
    const send = () => canSend && mutate(body.trim());
    const sendOnCtrlEnter = (event: KeyboardEvent) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            send();
        }
    };

    return (
        <Card component="section" sx={{ bgcolor: background }}>
            <CardContent>
                <TextField
                    label={translate(`app.ticket.${kind}.label`)}
                    helperText={translate(`app.ticket.${kind}.helper`)}
                    value={body}
                    onChange={event => setBody(event.target.value)}
                    onKeyDown={sendOnCtrlEnter}
                    multiline
                    minRows={kind === 'reply' ? 4 : 2}
                    fullWidth
                    disabled={isPending}
                    slotProps={{ htmlInput: { 'data-testid': `${testId}-input` } }}
                />
                <Stack direction="row" justifyContent="flex-end" sx={{ mt: 1 }}>
                    <Button
                        variant="contained"
                        color={color}
                        startIcon={icon}
                        onClick={send}
                        disabled={!canSend}
                        data-testid={`${testId}-send`}
                    >
                        {translate(`app.ticket.${kind}.send`)}
                    </Button>
                </Stack>
            </CardContent>
        </Card>
    );
};
