import AttachFileIcon from '@mui/icons-material/AttachFile';
import ImageIcon from '@mui/icons-material/Image';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Link, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatSize } from '../common/formatSize';
import type { Attachment, SkippedAttachment } from '../types';

const AttachmentLink = ({ attachment }: { attachment: Attachment }) => {
    const translate = useTranslate();
    return (
        <Link
            href={attachment.url}
            target="_blank"
            rel="noopener noreferrer"
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
        >
            {attachment.inline ? <ImageIcon fontSize="small" /> : <AttachFileIcon fontSize="small" />}
            {attachment.filename}
            <Typography component="span" variant="caption" color="text.secondary">
                ({formatSize(attachment.size)}
                {attachment.inline && `, ${translate('app.message.inline')}`})
            </Typography>
        </Link>
    );
};

/**
 * Regular attachments first; images that sit in the HTML text come after.
 * Attachments the server refused are named, so the agent can ask for them another way.
 */
export const AttachmentList = ({
    attachments = [],
    skipped = [],
}: {
    attachments?: Attachment[];
    skipped?: SkippedAttachment[];
}) => {
    const translate = useTranslate();
    if (attachments.length === 0 && skipped.length === 0) return null;
    const ordered = [...attachments.filter((a) => !a.inline), ...attachments.filter((a) => a.inline)];
    return (
        <Stack
            component="ul"
            aria-label={translate('app.ticket.attachments')}
            sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}
            spacing={0.5}
        >
            {ordered.map((attachment) => (
                <li key={attachment.id}>
                    <AttachmentLink attachment={attachment} />
                </li>
            ))}
            {skipped.map((attachment, index) => (
                <Typography
                    component="li"
                    key={`skipped-${index}`}
                    variant="body2"
                    color="warning.dark"
                    sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
                    data-testid="skipped-attachment"
                >
                    <WarningAmberIcon fontSize="small" />
                    {translate('app.message.skipped', {
                        filename: attachment.filename ?? '?',
                        reason: attachment.reason,
                    })}
                </Typography>
            ))}
        </Stack>
    );
};
