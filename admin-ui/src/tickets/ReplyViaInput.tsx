import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { replyChannels, type ReplyChannel } from '../types';

interface ReplyViaInputProps {
    value: ReplyChannel | undefined;
    onChange: (via: ReplyChannel) => void;
    canEmail: boolean;
    canSms: boolean;
    canWhatsapp: boolean;
    disabled?: boolean;
}

/**
 * E-mail, SMS or WhatsApp for the answer; a way the citizen has no address for is greyed out, and WhatsApp is only
 * offered to a citizen with a WhatsApp number.
 */
export const ReplyViaInput = ({ value, onChange, canEmail, canSms, canWhatsapp, disabled }: ReplyViaInputProps) => {
    const translate = useTranslate();
    const possible: Record<ReplyChannel, boolean> = { email: canEmail, sms: canSms, whatsapp: canWhatsapp };
    const shown = replyChannels.filter((via) => via !== 'whatsapp' || canWhatsapp || value === via);
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
