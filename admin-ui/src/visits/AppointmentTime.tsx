import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatTime } from '../common/dates';

/** The time of the visitor's appointment, or "Zonder afspraak". */
export const AppointmentTime = ({ walkIn, at }: { walkIn: boolean; at: string | null }) => {
    const translate = useTranslate();
    const formatTime = useFormatTime();
    if (walkIn || !at) {
        return <Chip size="small" variant="outlined" label={translate('app.visit.walk_in')} data-walk-in="true" />;
    }
    return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatTime(at)}</span>;
};
