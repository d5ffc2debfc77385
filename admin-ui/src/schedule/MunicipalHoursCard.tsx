import { Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { MunicipalSchedule, OpeningBlock } from '../types';
import { SaveHoursBar } from './SaveHoursBar';
import { useHoursDraft } from './useHoursDraft';
import { sortBlocks } from './weekBlocks';
import { WeekEditor } from './WeekEditor';

export const municipalScheduleKey = ['schedule'];

export const useMunicipalSchedule = () => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    return useQuery({
        queryKey: municipalScheduleKey,
        queryFn: () => dataProvider.getSchedule().then(({ data }) => data),
    });
};

/** The default week of the whole municipality. */
export const MunicipalHoursCard = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const queryClient = useQueryClient();
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const { data: schedule, isPending } = useMunicipalSchedule();
    const { draft, setDraft, dirty, valid, reset } = useHoursDraft(schedule?.hours);

    const save = useMutation({
        mutationFn: (hours: OpeningBlock[]) => dataProvider.updateSchedule(hours).then(({ data }) => data),
        onSuccess: (saved: MunicipalSchedule) => {
            queryClient.setQueryData(municipalScheduleKey, saved);
            notify('app.schedule.saved', { type: 'success' });
        },
    });

    return (
        <Card component="section" aria-label={translate('app.schedule.municipality')}>
            <CardContent>
                <Typography variant="h6" component="h2">
                    {translate('app.schedule.municipality')}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                    {translate('app.schedule.municipality_help')}
                </Typography>
                {isPending ? (
                    <LinearProgress />
                ) : (
                    <>
                        <WeekEditor blocks={draft} onChange={setDraft} disabled={save.isPending} />
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
