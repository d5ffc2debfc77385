import UnfoldLessIcon from '@mui/icons-material/UnfoldLess';
import UnfoldMoreIcon from '@mui/icons-material/UnfoldMore';
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { Message } from '../types';
import { SandboxedHtml } from './SandboxedHtml';

const Text = ({ children }: { children: string }) => (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
    </Typography>
);

/**
 * The server folds quoted history and signatures away; the agent can still
 * open the message as it was sent. Only one version is in the page at a time.
 */
export const MessageBody = ({ message }: { message: Message }) => {
    const translate = useTranslate();
    const [full, setFull] = useState(false);
    const short = message.displayText?.trim() ? message.displayText : message.bodyText;
    const hasMore = Boolean(message.bodyHtml) || short !== message.bodyText;

    return (
        <>
            {!full ? (
                <Text>{short}</Text>
            ) : message.bodyHtml ? (
                <SandboxedHtml
                    html={message.bodyHtml}
                    attachments={message.attachments}
                    title={translate('app.message.original')}
                />
            ) : (
                <Text>{message.bodyText}</Text>
            )}
            {hasMore && (
                <Button
                    size="small"
                    onClick={() => setFull(!full)}
                    aria-expanded={full}
                    startIcon={full ? <UnfoldLessIcon /> : <UnfoldMoreIcon />}
                    sx={{ mt: 0.5, px: 0.5 }}
                    data-testid="message-toggle"
                >
                    {translate(full ? 'app.message.show_short' : 'app.message.show_full')}
                </Button>
            )}
        </>
    );
};
