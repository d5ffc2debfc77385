import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Desk, HoursRow } from '../types';

/** Which desks keep hours of their own: the blocks for all desks do not apply there. */
export const OwnHoursNote = ({ rows, desks }: { rows: HoursRow[]; desks: Desk[] }) => {
    const translate = useTranslate();
    const own = desks.filter((desk) => rows.some((row) => row.deskId === desk.id));
    if (own.length === 0) return null;
    return (
        <Alert severity="info" sx={{ mb: 2 }}>
            {translate('app.hours.own_hours', {
                smart_count: own.length,
                desks: own.map((desk) => desk.name).join(', '),
            })}
        </Alert>
    );
};
