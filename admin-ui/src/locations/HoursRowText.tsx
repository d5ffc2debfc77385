import { TableCell } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Desk, HoursRow } from '../types';

/** One block read-only, for those who may not change the hours. */
export const HoursRowText = ({ row, desks }: { row: HoursRow; desks: Desk[] }) => {
    const translate = useTranslate();
    const desk = row.deskId
        ? (desks.find((d) => d.id === row.deskId)?.name ?? row.deskId)
        : translate('app.hours.all_desks');
    return (
        <>
            <TableCell>{desk}</TableCell>
            <TableCell>{translate(`app.hours.kinds.${row.kind}`)}</TableCell>
            <TableCell>{row.opens}</TableCell>
            <TableCell>{row.closes}</TableCell>
        </>
    );
};
