import { Typography } from '@mui/material';
import { ReferenceField, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { DeskClosure } from '../types';

/** Where: every location, one location, or a desk (a staff absence) with its location. */
export const ClosurePlaceField = (_props: FieldProps) => {
    const closure = useRecordContext<DeskClosure>();
    const translate = useTranslate();
    if (!closure) return null;
    if (!closure.locationId && !closure.deskId) {
        return (
            <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
                {translate('app.desk_closure.everywhere')}
            </Typography>
        );
    }
    return (
        <Typography component="span" variant="body2">
            {closure.locationId && <ReferenceField source="locationId" reference="locations" link={false} />}
            {closure.deskId && (
                <>
                    {' · '}
                    <ReferenceField source="deskId" reference="desks" link={false} />
                </>
            )}
        </Typography>
    );
};

/** Closure (a location, or everywhere) or staff absence (a desk). */
export const ClosureKindField = (_props: FieldProps) => {
    const closure = useRecordContext<DeskClosure>();
    const translate = useTranslate();
    if (!closure) return null;
    return <>{translate(closure.deskId ? 'app.desk_closure.absence' : 'app.desk_closure.closure')}</>;
};
