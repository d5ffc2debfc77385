import { Card, CardContent, FormControlLabel, LinearProgress, Switch, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { DepartmentSchedule, OpeningBlock } from '../types';
import { useMunicipalSchedule } from './MunicipalHoursCard';
import { SaveHoursBar } from './SaveHoursBar';
import { useHoursDraft } from './useHoursDraft';
import { newBlock, sortBlocks } from './weekBlocks';
import { WeekEditor } from './WeekEditor';
import { WeekSummary } from './WeekSummary';

/**
 * A department's own week. "Same as the municipality" is an empty week for
 * the server; switching it off starts from the municipality's hours.
 */
export const DepartmentHoursCard = ({ departmentId }: { departmentId: string }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const queryClient = useQueryClient();
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const queryKey = ['department-schedule', departmentId];
    const { data: schedule, isPending } = useQuery({
        queryKey,
        queryFn: () => dataProvider.getDepartmentSchedule(departmentId).then(({ data }) => data),
    });
    const { data: municipal } = useMunicipalSchedule();
    const { draft, setDraft, dirty, valid, reset } = useHoursDraft(
        schedule?.inheritsMunicipality ? [] : schedule?.hours,
    );
    const inherits = draft.length === 0;

    const save = useMutation({
        mutationFn: (hours: OpeningBlock[]) =>
            dataProvider.updateDepartmentSchedule(departmentId, hours).then(({ data }) => data),
        onSuccess: (saved: DepartmentSchedule) => {
            queryClient.setQueryData(queryKey, saved);
            notify('app.schedule.saved', { type: 'success' });
        },
    });

    // Own hours start as a copy of the municipality's; with none there, a first Monday block (an empty week would
    // mean "same as the municipality" again, and the switch would not move).
    const ownStart = () => (municipal?.hours?.length ? municipal.hours : [newBlock([], 1)]);
    const toggleInherit = (on: boolean) => setDraft(on ? [] : ownStart());

    return (
        <Card component="section" aria-label={translate('app.schedule.title')} data-testid="department-hours">
            <CardContent>
                <Typography variant="h6" component="h2">
                    {translate('app.schedule.title')}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                    {translate('app.schedule.department_help')}
                </Typography>
                {isPending ? (
                    <LinearProgress />
                ) : (
                    <>
                        <FormControlLabel
                            control={
                                <Switch
                                    checked={inherits}
                                    onChange={(_, on) => toggleInherit(on)}
                                    disabled={save.isPending}
                                />
                            }
                            label={translate('app.schedule.same_as_municipality')}
                            sx={{ mb: 1 }}
                        />
                        {inherits ? (
                            <>
                                <Typography variant="body2" sx={{ mb: 1 }}>
                                    {translate('app.schedule.inherits_help')}
                                </Typography>
                                <WeekSummary blocks={municipal?.hours ?? []} />
                            </>
                        ) : (
                            <WeekEditor blocks={draft} onChange={setDraft} disabled={save.isPending} />
                        )}
                        <SaveHoursBar
                            onSave={() => save.mutate(sortBlocks(draft))}
                            onReset={reset}
                            dirty={dirty}
                            valid={valid}
                            saving={save.isPending}
                            error={save.error}
                        />
                    </>
                )}
            </CardContent>
        </Card>
    );
};
