import { Typography } from '@mui/material';
import { ReferenceField, useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { Ticket, TicketEvent } from '../types';

/**
 * Staff may not read the routing rules; for them the rule's name comes from
 * the timeline's "routed" event (the same request the timeline makes).
 */
const RuleNameFromTimeline = ({ ticketId }: { ticketId: string }) => {
    const { data: events } = useGetList<TicketEvent>('ticket-events', {
        filter: { ticketId },
        sort: { field: 'createdAt', order: 'ASC' },
        pagination: { page: 1, perPage: 500 },
    });
    const routed = events?.filter((event) => event.type === 'routed').pop();
    return <>{String(routed?.data?.ruleName ?? '…')}</>;
};

/** "Gerouteerd door regel: <name>", linking to the rule for those who may edit it. */
export const RoutedByRule = () => {
    const ticket = useRecordContext<Ticket>();
    const translate = useTranslate();
    const { canAccess: canRead } = useCanAccess({ resource: 'routing-rules', action: 'list' });
    const { canAccess: canEdit } = useCanAccess({ resource: 'routing-rules', action: 'edit' });
    if (!ticket?.routedByRuleId) return null;
    return (
        <Typography variant="body2" data-testid="routed-by-rule">
            {translate('app.ticket.routed_by')}:{' '}
            {canRead ? (
                <ReferenceField source="routedByRuleId" reference="routing-rules" link={canEdit ? 'edit' : false} />
            ) : (
                <RuleNameFromTimeline ticketId={ticket.id} />
            )}
        </Typography>
    );
};
