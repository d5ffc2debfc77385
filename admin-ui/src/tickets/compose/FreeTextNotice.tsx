import { Alert, AlertTitle, Button } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { FreeText, ReplyPreview } from '../../types';

type Closed = Extract<FreeText, { allowed: false }>;

/** Free text cannot go now when the server's preview says so (a chat app's window closed). */
export const closedForFreeText = (preview: ReplyPreview | undefined): Closed | undefined =>
    preview?.freeText && !preview.freeText.allowed ? preview.freeText : undefined;

/**
 * Why the agent's own words cannot go on this channel now, in the channel's own words as the server gives them, and
 * the way that remains: the approved template, which points the citizen to their tracking page, where they read
 * the answer.
 */
export const FreeTextNotice = ({
    closed,
    onSendTemplate,
    disabled,
}: {
    closed: Closed;
    onSendTemplate: () => void;
    disabled: boolean;
}) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const words = closed.notice[locale === 'en' ? 'en' : 'nl'];
    const last = closed.lastInboundAt
        ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-BE', {
              dateStyle: 'medium',
              timeStyle: 'short',
              timeZone: 'Europe/Brussels',
          }).format(new Date(closed.lastInboundAt))
        : undefined;
    return (
        <Alert
            severity="info"
            sx={{ mt: 2 }}
            data-testid="free-text-closed"
            action={
                closed.templateAvailable ? (
                    <Button
                        color="inherit"
                        size="small"
                        onClick={onSendTemplate}
                        disabled={disabled}
                        data-testid="reply-send-template"
                    >
                        {translate('app.ticket.reply.send_template')}
                    </Button>
                ) : undefined
            }
        >
            <AlertTitle>{words.title}</AlertTitle>
            {last ? words.closed.replace('%{last}', last) : words.never}
            {!closed.templateAvailable && <> {words.noTemplate}</>}
        </Alert>
    );
};
