import { Alert, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { useCanAccess, useGetList, useTranslate } from 'react-admin';
import { SaveHoursBar } from '../schedule/SaveHoursBar';
import { weekdays, type Desk } from '../types';
import { HoursDayTable } from './HoursDayTable';
import { newRow } from './hoursRows';
import { OwnHoursNote } from './OwnHoursNote';
import { useLocationHours } from './useLocationHours';

/**
 * The weekly hours of a location's counters: per weekday, blocks for
 * appointments or for walk-ins, for all desks or for one. Saved as a whole,
 * apart from the location's form; read-only for all but administrators.
 */
export const HoursCard = ({ locationId }: { locationId: string }) => {
    const translate = useTranslate();
    const { canAccess: canEdit } = useCanAccess({ resource: 'location-hours', action: 'edit' });
    const { data: desks = [] } = useGetList<Desk>('desks', {
        filter: { locationId },
        sort: { field: 'name', order: 'ASC' },
        pagination: { page: 1, perPage: 500 },
    });
    const hours = useLocationHours(locationId);
    const readOnly = !canEdit;
    const rowCount = hours.errors.size;

    const change = (key: number, changes: object) =>
        hours.setDraft(hours.draft.map((row) => (row.key === key ? { ...row, ...changes } : row)));

    const saveError = hours.generalErrors.length
        ? new Error(hours.generalErrors.map((message) => translate(message, { _: message })).join(' '))
        : hours.dirty && rowCount > 0
          ? new Error(translate('app.hours.fix_rows', { smart_count: rowCount }))
          : null;

    return (
        <Card component="section" aria-label={translate('app.hours.title')} data-testid="location-hours">
            <CardContent>
                <Typography variant="h6" component="h2">
                    {translate('app.hours.title')}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                    {translate('app.hours.help')}
                </Typography>
                {readOnly && (
                    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                        {translate('app.hours.read_only')}
                    </Typography>
                )}
                {hours.isPending ? (
                    <LinearProgress />
                ) : hours.loadError ? (
                    <Alert severity="error">{hours.loadError.message}</Alert>
                ) : (
                    <>
                        <OwnHoursNote rows={hours.draft} desks={desks} />
                        {weekdays.map((weekday) => (
                            <HoursDayTable
                                key={weekday}
                                weekday={weekday}
                                rows={hours.draft}
                                desks={desks}
                                errors={hours.errors}
                                readOnly={readOnly}
                                disabled={hours.saving}
                                onChange={change}
                                onRemove={(key) => hours.setDraft(hours.draft.filter((row) => row.key !== key))}
                                onAdd={(day) => hours.setDraft([...hours.draft, newRow(hours.draft, day)])}
                            />
                        ))}
                        {!readOnly && (
                            <SaveHoursBar
                                onSave={hours.save}
                                onReset={hours.reset}
                                dirty={hours.dirty}
                                valid={hours.valid}
                                saving={hours.saving}
                                error={saveError}
                            />
                        )}
                    </>
                )}
            </CardContent>
        </Card>
    );
};
