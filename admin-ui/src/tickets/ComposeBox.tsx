import SendIcon from '@mui/icons-material/Send';
import StickyNote2Icon from '@mui/icons-material/StickyNote2';
import { Button, Card, CardContent, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { Ticket } from '../types';
import { ReplyViaInput } from './ReplyViaInput';
import { useRefreshTicket } from './useRefreshTicket';
import { smsMaxLength, useReplyVia } from './useReplyVia';
import { useTypingSignal } from '../live/presence';

type Kind = 'reply' | 'note';

const settings = {
    reply: { testId: 'reply', icon: <SendIcon />, color: 'primary', background: undefined },
    note: { testId: 'note', icon: <StickyNote2Icon />, color: 'warning', background: '#fffdf3' },
} as const;

/**
 * Text box with one action: reply to the citizen (by email or SMS), or add
 * an internal note.
 */
export const ComposeBox = ({ kind, ticketId }: { kind: Kind; ticketId: string }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const refreshTicket = useRefreshTicket();
    const ticket = useRecordContext<Ticket>();
    const isReply = kind === 'reply';
    const { via, setVia, canEmail, canSms } = useReplyVia(isReply ? ticket?.contactId : null);
    const [body, setBody] = useState('');
    const signalTyping = useTypingSignal(isReply ? ticketId : null);
    const { testId, icon, color, background } = settings[kind];
    const bySms = isReply && via === 'sms';
    const tooLongForSms = bySms && body.trim().length > smsMaxLength;

    const { mutate, isPending } = useMutation({
        mutationFn: (text: string) =>
            isReply
                ? dataProvider.replyToTicket(ticketId, { body: text, via })
                : dataProvider.addNote(ticketId, { body: text }),
        onSuccess: () => {
            setBody('');
            notify(bySms ? 'app.ticket.reply.done_sms' : `app.ticket.${kind}.done`, { type: 'success' });
            return refreshTicket();
        },
        onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    });

    const canSend = body.trim() !== '' && !tooLongForSms && !isPending;
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
                    helperText={
                        bySms
                            ? translate('app.ticket.reply.sms_helper', {
                                  count: body.trim().length,
                                  max: smsMaxLength,
                              })
                            : translate(`app.ticket.${kind}.helper`)
                    }
                    error={tooLongForSms}
                    value={body}
                    onChange={event => { setBody(event.target.value); signalTyping(); }}
                    onKeyDown={sendOnCtrlEnter}
                    multiline
                    minRows={kind === 'reply' ? 4 : 2}
                    fullWidth
                    disabled={isPending}
                    slotProps={{ htmlInput: { 'data-testid': `${testId}-input` } }}
                />
                <Stack
                    direction="row"
                    alignItems="center"
                    spacing={2}
                    useFlexGap
                    sx={{ mt: 1, flexWrap: 'wrap', justifyContent: isReply ? 'space-between' : 'flex-end' }}
                >
                    {isReply && (
                        <ReplyViaInput
                            value={via}
                            onChange={setVia}
                            canEmail={canEmail}
                            canSms={canSms}
                            disabled={isPending}
                        />
                    )}
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
