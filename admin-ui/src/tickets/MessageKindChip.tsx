import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EmailKind } from '../types';

/** Marks machine-sent mail, so agents know nobody waits for an answer. */
export const MessageKindChip = ({ kind }: { kind?: EmailKind }) => {
    const translate = useTranslate();
    if (!kind || kind === 'person') return null;
    return (
        <Tooltip title={translate('app.message.kind_help')}>
            <Chip
                size="small"
                color={kind === 'bounce' ? 'error' : 'info'}
                variant="outlined"
                label={translate(`app.message.kind.${kind}`, { _: kind })}
                data-testid="message-kind"
            />
        </Tooltip>
    );
};
