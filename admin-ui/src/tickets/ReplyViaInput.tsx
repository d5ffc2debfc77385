import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { replyChannels, replyEntry, type ReplyChannel } from '../channels';

interface ReplyViaInputProps {
    value: ReplyChannel | undefined;
    onChange: (via: ReplyChannel) => void;
    /** the channels the citizen has an address on (useReplyVia) */
    possible: Record<ReplyChannel, boolean>;
    disabled?: boolean;
}

/**
 * The reply channels for the answer; a way the citizen has no address for is greyed out, and a channel offered only
 * to a citizen with an address on it (a chat app) is left out.
 */
export const ReplyViaInput = ({ value, onChange, possible, disabled }: ReplyViaInputProps) => {
    const translate = useTranslate();
    const shown = replyChannels.filter((via) => !replyEntry(via).onlyWithAddress || possible[via] || value === via);
    return (
        <FormControl disabled={disabled} data-testid="reply-via">
            <FormLabel id="reply-via-label" sx={{ fontSize: '0.875rem' }}>
                {translate('app.ticket.reply.via')}
            </FormLabel>
            <RadioGroup
                row
                aria-labelledby="reply-via-label"
                name="reply-via"
                value={value ?? ''}
                onChange={(_, via) => onChange(via as ReplyChannel)}
            >
                {shown.map((via) => (
                    <FormControlLabel
                        key={via}
                        value={via}
                        control={
                            <Radio
                                size="small"
                                slotProps={{ input: { 'data-testid': `reply-via-${via}` } as object }}
                            />
                        }
                        label={translate(`resources.tickets.channel.${via}`)}
                        // A greyed-out choice that is still selected (nothing else possible) stays readable.
                        disabled={!possible[via] && value !== via}
                    />
                ))}
            </RadioGroup>
        </FormControl>
    );
};
