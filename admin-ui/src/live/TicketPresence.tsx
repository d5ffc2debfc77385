import { Avatar, Box, Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { initialsOf } from './liveEvents';
import { usePresence, useViewingSignal } from './presence';

/**
 * On the ticket page: tells colleagues the agent has it open, and shows who else has it open or is typing a reply
 * ("Jan Peeters bekijkt dit ticket", "… typt een antwoord"). A polite live region, so screen readers hear arrivals.
 */
export const TicketPresence = ({ ticketId }: { ticketId: string }) => {
    const translate = useTranslate();
    useViewingSignal(ticketId);
    const viewers = usePresence(ticketId);
    return (
        <Box
            role="status"
            aria-live="polite"
            sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', minHeight: viewers.length ? undefined : 0 }}
        >
            {viewers.map((viewer) => (
                <Chip
                    key={viewer.userId}
                    variant="outlined"
                    color={viewer.typing ? 'secondary' : 'primary'}
                    avatar={<Avatar aria-hidden="true">{initialsOf(viewer.name)}</Avatar>}
                    label={translate(viewer.typing ? 'app.live.typing' : 'app.live.viewing', { name: viewer.name })}
                    data-testid="ticket-presence"
                />
            ))}
        </Box>
    );
};
