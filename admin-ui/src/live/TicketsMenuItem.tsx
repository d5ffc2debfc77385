import { Badge, Box } from '@mui/material';
import { Menu, useResourceDefinition, useTranslate } from 'react-admin';
import { useLive } from './LiveProvider';

const visuallyHidden = {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
} as const;

/** "Tickets" in the menu, with how many tickets came in since the agent last looked at the list. */
export const TicketsMenuItem = () => {
    const { newTickets } = useLive();
    const translate = useTranslate();
    const { icon: Icon } = useResourceDefinition({ resource: 'tickets' });
    return (
        <Menu.ResourceItem
            name="tickets"
            leftIcon={
                <Badge badgeContent={newTickets} color="error" max={99} slotProps={{ badge: { 'aria-hidden': true } }}>
                    {Icon ? <Icon /> : <Box component="span" sx={{ width: 24 }} />}
                    {newTickets > 0 && (
                        <Box component="span" sx={visuallyHidden} data-testid="tickets-new-count">
                            {translate('app.live.new_tickets', { smart_count: newTickets })}
                        </Box>
                    )}
                </Badge>
            }
        />
    );
};
