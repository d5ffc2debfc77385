import { Alert, AlertTitle, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/dates';
import { MonospaceBlock } from '../common/MonospaceBlock';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { SystemStatus } from '../types';
import { DashboardCard } from './DashboardCard';

/** Asked again this often: an outage shows up (and clears) without reloading the page. */
const refreshMs = 30_000;

type ProviderStatus = SystemStatus['providers'][number];

const Unreachable = ({ status }: { status: ProviderStatus }) => {
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    const provider = translate(`app.system_status.provider.${status.provider}`);
    return (
        <Alert severity="error" data-testid={`provider-${status.provider}`}>
            <AlertTitle>
                {translate('app.system_status.unreachable', {
                    provider,
                    since: formatDateTime(status.unreachableSince!),
                })}
            </AlertTitle>
            <Typography variant="body2">{translate('app.system_status.waiting')}</Typography>
            {status.lastError && (
                <Stack spacing={0.5} sx={{ mt: 1 }}>
                    <Typography variant="body2">{translate('app.system_status.last_error')}:</Typography>
                    <MonospaceBlock>{status.lastError}</MonospaceBlock>
                </Stack>
            )}
        </Alert>
    );
};

/**
 * Whether the mail server and Twilio answer. While one does not, the messages to citizens through it wait
 * (they are not lost) and leave once it answers again; agents see here why a citizen has no mail yet.
 */
export const SystemStatusCard = () => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const translate = useTranslate();
    const { data, isPending, error } = useQuery({
        queryKey: ['system-status'],
        queryFn: () => dataProvider.getSystemStatus().then(({ data }) => data),
        refetchInterval: refreshMs,
    });
    return (
        <DashboardCard title="app.system_status.title" testId="dashboard-system-status">
            {isPending && <LinearProgress />}
            {error && <Alert severity="error">{error.message}</Alert>}
            <Stack spacing={1} alignItems="flex-start">
                {data?.providers.map((status) =>
                    status.reachable ? (
                        <Chip
                            key={status.provider}
                            size="small"
                            color="success"
                            data-testid={`provider-${status.provider}`}
                            label={translate('app.system_status.reachable', {
                                provider: translate(`app.system_status.provider.${status.provider}`),
                            })}
                        />
                    ) : (
                        <Unreachable key={status.provider} status={status} />
                    ),
                )}
            </Stack>
        </DashboardCard>
    );
};
