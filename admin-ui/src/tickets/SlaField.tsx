import { Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatBusinessMinutes } from '../common/businessDuration';
import { useFormatDateTime } from '../common/dates';
import type { Ticket } from '../types';
import { deadlineState, openDeadlines } from './sla';
import { slaColors } from './SlaTimeLeft';
import { useRowIsTabStop } from './TicketRows';

/**
 * The ticket list's deadline cell: the earliest running deadline, saying which one it is ("Antwoord over 2 u",
 * "Oplossing 1 u te laat"); its exact time in Brussels shows as a tooltip on hover and on keyboard focus (the cell
 * is a tab stop inside the focused row). "—" when no deadline runs (no SLA, or met).
 */
export const SlaField = () => {
    const ticket = useRecordContext<Ticket>();
    const translate = useTranslate();
    const formatTime = useFormatBusinessMinutes();
    const formatDateTime = useFormatDateTime();
    const inTabStopRow = useRowIsTabStop();
    if (!ticket) return null;
    const state = ticket.sla?.state ?? 'none';
    const [earliest] = openDeadlines(ticket);
    if (!earliest || state === 'none' || state === 'met') return <span data-testid="sla-none">—</span>;
    const shownState = deadlineState(ticket, earliest);
    const time = formatTime(earliest.minutesLeft, 'rounded');
    const label = translate(`app.sla.cell.${earliest.kind}_${earliest.minutesLeft < 0 ? 'late' : 'left'}`, { time });
    const deadline = earliest.dueAt
        ? translate('app.sla.cell.deadline', {
              kind: translate(`app.ticket.${earliest.kind}`),
              date: formatDateTime(earliest.dueAt),
          })
        : '';
    return (
        <Tooltip title={deadline} describeChild enterDelay={300}>
            <Typography
                component="span"
                variant="body2"
                // a Tab further than its row when that row is the list's tab stop (see TicketRows)
                tabIndex={inTabStopRow ? 0 : -1}
                data-testid="sla-cell"
                data-sla-state={shownState}
                data-deadline={earliest.kind}
                sx={{
                    color: slaColors[shownState],
                    fontWeight: shownState === 'ok' ? 500 : 700,
                    display: 'inline-block',
                    minWidth: '7em',
                }}
            >
                {label}
            </Typography>
        </Tooltip>
    );
};
