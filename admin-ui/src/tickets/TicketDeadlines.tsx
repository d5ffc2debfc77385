import { Box, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import type { Ticket } from '../types';
import { deadlineState, openDeadlines, type Deadline } from './sla';
import { SlaTimeLeft } from './SlaTimeLeft';

const kinds: Deadline[] = ['first_response', 'resolution'];

const dueOf = (ticket: Ticket, kind: Deadline) =>
    kind === 'first_response' ? ticket.sla?.firstResponseDueAt : ticket.sla?.resolutionDueAt;

const doneAt = (ticket: Ticket, kind: Deadline) =>
    kind === 'first_response' ? ticket.firstResponseAt : ticket.resolvedAt;

/** Both deadlines with their due time; a running one shows the time left, a past one whether it was met. */
const DeadlineLine = ({ ticket, kind }: { ticket: Ticket; kind: Deadline }) => {
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    const dueAt = dueOf(ticket, kind);
    const running = openDeadlines(ticket).find((deadline) => deadline.kind === kind);
    const done = doneAt(ticket, kind);
    if (!dueAt && !running) return null;
    return (
        <Stack direction="row" spacing={1} alignItems="center" justifyContent="space-between" data-deadline={kind}>
            <Box>
                <Typography variant="body2">{translate(`app.ticket.${kind}`)}</Typography>
                {dueAt && (
                    <Typography variant="caption" color="text.secondary">
                        {translate('app.ticket.due', { date: formatDateTime(dueAt) })}
                    </Typography>
                )}
            </Box>
            {running ? (
                <SlaTimeLeft minutesLeft={running.minutesLeft} state={deadlineState(ticket, running)} />
            ) : done && dueAt ? (
                <Chip
                    size="small"
                    variant="outlined"
                    color={done <= dueAt ? 'success' : 'error'}
                    label={translate(done <= dueAt ? 'app.sla.met' : 'app.sla.missed')}
                />
            ) : null}
        </Stack>
    );
};

export const TicketDeadlines = () => {
    const ticket = useRecordContext<Ticket>();
    const translate = useTranslate();
    if (!ticket) return null;
    const lines = kinds.filter((kind) => dueOf(ticket, kind) || openDeadlines(ticket).some((d) => d.kind === kind));
    return (
        <Box data-testid="ticket-deadlines">
            <Typography variant="subtitle2" component="h3" gutterBottom>
                {translate('app.ticket.deadlines')}
            </Typography>
            {lines.length && ticket.sla?.state !== 'none' ? (
                <Stack spacing={1}>
                    {lines.map((kind) => (
                        <DeadlineLine key={kind} ticket={ticket} kind={kind} />
                    ))}
                </Stack>
            ) : (
                <Typography variant="body2" color="text.secondary">
                    {translate('app.ticket.no_sla')}
                </Typography>
            )}
        </Box>
    );
};
