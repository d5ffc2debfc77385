import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatBusinessMinutes } from '../common/businessDuration';
import type { SlaState } from '../types';

/** How urgent a deadline looks, wherever one is shown. */
export const slaColors: Record<SlaState, string> = {
    ok: 'success.dark',
    warning: 'warning.dark',
    breached: 'error.main',
    met: 'success.dark',
    none: 'text.secondary',
};

/**
 * "nog 3 u 20" or "2 u te laat", coloured by how urgent it is. Plain text
 * rather than a chip: it may wrap, which keeps the ticket list within a
 * 1280 px screen.
 */
export const SlaTimeLeft = ({ minutesLeft, state }: { minutesLeft: number; state: SlaState }) => {
    const translate = useTranslate();
    const format = useFormatBusinessMinutes();
    const time = format(minutesLeft, 'rounded');
    return (
        <Typography
            component="span"
            variant="body2"
            sx={{ color: slaColors[state], fontWeight: state === 'ok' ? 500 : 700 }}
            data-sla-state={state}
        >
            {translate(minutesLeft < 0 ? 'app.sla.late' : 'app.sla.left', { time })}
        </Typography>
    );
};
