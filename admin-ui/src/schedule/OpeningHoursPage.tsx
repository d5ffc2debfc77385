import { Grid, Stack } from '@mui/material';
import { CanAccess, Title } from 'react-admin';
import { ClosuresCard } from './ClosuresCard';
import { HolidaysCard } from './HolidaysCard';
import { MunicipalHoursCard } from './MunicipalHoursCard';

/** The municipality's week, its closure days and the public holidays: what the SLA clock counts with. */
export const OpeningHoursPage = () => (
    <CanAccess resource="schedule" action="edit">
        <Title title="app.schedule.title" />
        <Grid container spacing={2} sx={{ mt: 1, mb: 2 }}>
            <Grid size={{ xs: 12, lg: 7 }}>
                <MunicipalHoursCard />
            </Grid>
            <Grid size={{ xs: 12, lg: 5 }}>
                <Stack spacing={2}>
                    <ClosuresCard departmentId={null} />
                    <HolidaysCard />
                </Stack>
            </Grid>
        </Grid>
    </CanAccess>
);
