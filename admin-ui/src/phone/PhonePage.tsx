import { Alert, Grid, LinearProgress } from '@mui/material';
import { CanAccess, Title, useTranslate } from 'react-admin';
import { LineCard } from './LineCard';
import { MenuDepartmentsCard } from './MenuDepartmentsCard';
import { usePhoneLine } from './usePhoneLine';

const PhoneLinePanels = () => {
    const translate = useTranslate();
    const { data: line, error, isPending } = usePhoneLine();
    if (isPending) return <LinearProgress sx={{ mt: 2 }} />;
    if (error || !line) {
        return (
            <Alert severity="error" sx={{ mt: 2 }}>
                {error?.message || translate('ra.notification.http_error')}
            </Alert>
        );
    }
    return (
        <Grid container spacing={2} sx={{ mt: 1, mb: 2 }}>
            <Grid size={{ xs: 12, lg: 7 }}>
                <LineCard line={line} />
            </Grid>
            <Grid size={{ xs: 12, lg: 5 }}>
                <MenuDepartmentsCard line={line} />
            </Grid>
        </Grid>
    );
};

/** "Telefonie": the central line (Twilio) and the departments behind its menu. */
export const PhonePage = () => (
    <CanAccess resource="phone-line" action="list">
        <Title title="app.phone.title" />
        <PhoneLinePanels />
    </CanAccess>
);
