import { Alert, AlertTitle, Button } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ReplyPreview } from '../../types';

type Closed = Extract<Extract<ReplyPreview, { channel: 'whatsapp' }>['freeText'], { allowed: false }>;

/** The WhatsApp window is closed when the server's preview says free text cannot go now. */
export const closedWhatsAppWindow = (preview: ReplyPreview | undefined): Closed | undefined =>
    preview?.channel === 'whatsapp' && !preview.freeText.allowed ? preview.freeText : undefined;

/**
 * Why the agent's own words cannot go by WhatsApp now (24 hours after the citizen's last message), and the way that
 * remains: the approved template, which points the citizen to their tracking page, where they read the answer.
 */
export const WhatsAppWindowNotice = ({
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
            data-testid="whatsapp-window-closed"
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
            <AlertTitle>{translate('app.ticket.reply.whatsapp_closed_title')}</AlertTitle>
            {last
                ? translate('app.ticket.reply.whatsapp_closed', { last })
                : translate('app.ticket.reply.whatsapp_closed_never')}
            {!closed.templateAvailable && <> {translate('app.ticket.reply.whatsapp_no_template')}</>}
        </Alert>
    );
};
