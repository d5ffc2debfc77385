import SendIcon from '@mui/icons-material/Send';
import ShortTextIcon from '@mui/icons-material/ShortText';
import StickyNote2Icon from '@mui/icons-material/StickyNote2';
import { Button, Card, CardContent, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { Ticket } from '../types';
import { CannedResponsePicker } from './compose/CannedResponsePicker';
import { ReplyPreview } from './compose/ReplyPreview';
import { useCannedResponseInsert } from './compose/useCannedResponseInsert';
import { useReplyText } from './compose/useReplyText';
import { ReplyViaInput } from './ReplyViaInput';
import { useRefreshTicket } from './useRefreshTicket';
import { useReplyVia } from './useReplyVia';
import { useReplyPreview } from './compose/useReplyPreview';
import { closedForFreeText, FreeTextNotice } from './compose/FreeTextNotice';
import { useTypingSignal } from '../live/presence';

type Kind = 'reply' | 'note';

const settings = {
    reply: { testId: 'reply', icon: <SendIcon />, color: 'primary', background: undefined },
    note: { testId: 'note', icon: <StickyNote2Icon />, color: 'warning', background: '#fffdf3' },
} as const;

const atLineStart = (text: string, position: number) => position === 0 || text[position - 1] === '\n';

/**
 * Text box with one action: reply to the citizen (on any reply channel), or add an internal note. A reply starts with
 * the greeting and the agent's signature, shows a preview of exactly what goes out, and takes canned replies
 * (typed `/` at the start of a line, or the button).
 */
export const ComposeBox = ({ kind, ticketId }: { kind: Kind; ticketId: string }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const refreshTicket = useRefreshTicket();
    const ticket = useRecordContext<Ticket>();
    const isReply = kind === 'reply';
    const {
        via,
        setVia,
        possible,
        maxLength: viaMaxLength,
    } = useReplyVia(isReply ? ticket?.contactId : null, ticket?.channel);
    const reply = useReplyText(ticketId, via, isReply);
    const [note, setNote] = useState('');
    const body = isReply ? reply.body : note;
    const setBody = isReply ? reply.setBody : setNote;
    const input = useRef<HTMLTextAreaElement>(null);
    const [insertAt, setInsertAt] = useState<number | null>(null);
    const signalTyping = useTypingSignal(isReply ? ticketId : null);
    const { testId, icon, color, background } = settings[kind];
    const maxLength = isReply ? viaMaxLength : undefined;
    const tooLong = maxLength !== undefined && body.trim().length > maxLength;
    const untouched = isReply && body === reply.draft?.text;
    // the same query as the preview below (one request): it says whether the channel takes free text now
    const preview = useReplyPreview(ticketId, isReply ? body : '', isReply ? via : undefined);
    const windowClosed = isReply && preview.data?.channel === via ? closedForFreeText(preview.data) : undefined;

    const { mutate, isPending } = useMutation({
        mutationFn: ({ text, asTemplate }: { text: string; asTemplate?: boolean }) =>
            isReply
                ? dataProvider.replyToTicket(ticketId, { body: text, via, asTemplate })
                : dataProvider.addNote(ticketId, { body: text }),
        onSuccess: (_, { asTemplate }) => {
            if (isReply) reply.reset();
            else setNote('');
            const done = !isReply
                ? `app.ticket.${kind}.done`
                : asTemplate
                  ? `app.ticket.reply.done_template_${via}`
                  : `app.ticket.reply.done_${via ?? 'email'}`;
            notify(done, { type: 'success' });
            return refreshTicket();
        },
        onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    });

    const putCaret = (position: number) =>
        requestAnimationFrame(() => {
            input.current?.focus();
            input.current?.setSelectionRange(position, position);
        });

    const canned = useCannedResponseInsert(ticketId, ticket?.version, (text) => {
        const at = insertAt ?? body.length;
        setBody((current) => current.slice(0, at) + text + current.slice(at));
        setInsertAt(null);
        putCaret(at + text.length);
    });

    const openPicker = () => {
        const caret = input.current?.selectionStart ?? body.length;
        setInsertAt(untouched && reply.draft ? reply.draft.caret : caret);
    };

    const canWrite = body.trim() !== '' && !untouched && !tooLong && !isPending;
    const canSend = canWrite && !windowClosed;
    const send = () => canSend && mutate({ text: body.trim() });
    const sendTemplate = () => canWrite && mutate({ text: body.trim(), asTemplate: true });
    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            send();
            return;
        }
        const caret = input.current?.selectionStart ?? 0;
        if (isReply && event.key === '/' && !event.ctrlKey && !event.metaKey && atLineStart(body, caret)) {
            event.preventDefault();
            setInsertAt(caret);
        }
    };
    // the first visit to an untouched reply starts typing between the greeting and the sign-off: at once, so a letter
    // typed right after the "r" shortcut lands there (it went after the signature when the caret moved a frame
    // later), and again on the next frame, after a click has put the caret where the mouse was, unless a letter
    // came in between
    const onFocus = () => {
        const box = input.current;
        const draft = reply.draft;
        if (!untouched || !draft || !box || box.selectionStart !== box.selectionEnd) return;
        box.setSelectionRange(draft.caret, draft.caret);
        requestAnimationFrame(() => {
            if (box.value === draft.text) box.setSelectionRange(draft.caret, draft.caret);
        });
    };

    return (
        <Card component="section" sx={{ bgcolor: background }} aria-label={translate(`app.ticket.${kind}.label`)}>
            <CardContent>
                <TextField
                    label={translate(`app.ticket.${kind}.label`)}
                    helperText={
                        tooLong
                            ? translate(`app.ticket.reply.${via}_helper`, { count: body.trim().length, max: maxLength })
                            : translate(`app.ticket.${kind}.helper`)
                    }
                    error={tooLong}
                    value={body}
                    onChange={(event) => {
                        setBody(event.target.value);
                        signalTyping();
                    }}
                    onKeyDown={onKeyDown}
                    onFocus={isReply ? onFocus : undefined}
                    inputRef={input}
                    multiline
                    minRows={isReply ? 8 : 2}
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
                        <ReplyViaInput value={via} onChange={setVia} possible={possible} disabled={isPending} />
                    )}
                    <Stack direction="row" spacing={1}>
                        {isReply && (
                            <Button
                                variant="outlined"
                                startIcon={<ShortTextIcon />}
                                onClick={openPicker}
                                disabled={isPending || canned.isPending}
                                data-testid="canned-open"
                            >
                                {translate('app.compose.canned_button')}
                            </Button>
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
                </Stack>
                {windowClosed && (
                    <FreeTextNotice closed={windowClosed} onSendTemplate={sendTemplate} disabled={!canWrite} />
                )}
                {isReply && <ReplyPreview ticketId={ticketId} body={body} via={via} />}
                {isReply && (
                    <CannedResponsePicker
                        open={insertAt !== null && !canned.isPending}
                        language={reply.language}
                        onPick={(choice) => canned.mutate(choice)}
                        onClose={() => setInsertAt(null)}
                    />
                )}
            </CardContent>
        </Card>
    );
};
