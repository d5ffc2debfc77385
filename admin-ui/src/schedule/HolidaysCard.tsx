import { Card, CardContent, LinearProgress, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useFormatDay } from '../common/dates';
import { useMunicipalSchedule } from './MunicipalHoursCard';

/** The Belgian public holidays of this year and the next, as the server computes them; read-only. */
export const HolidaysCard = () => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const formatDay = useFormatDay();
    const { data: schedule, isPending } = useMunicipalSchedule();
    return (
        <Card component="section" aria-label={translate('app.schedule.holidays')} data-testid="holidays">
            <CardContent>
                <Typography variant="h6" component="h2">
                    {translate('app.schedule.holidays')}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                    {translate('app.schedule.holidays_help')}
                </Typography>
                {isPending ? (
                    <LinearProgress sx={{ mt: 2 }} />
                ) : (
                    <List dense>
                        {(schedule?.holidays ?? []).map((holiday) => (
                            <ListItem key={holiday.date} disableGutters divider>
                                <ListItemText
                                    primary={locale === 'en' ? holiday.nameEn : holiday.nameNl}
                                    secondary={formatDay(holiday.date)}
                                />
                            </ListItem>
                        ))}
                    </List>
                )}
            </CardContent>
        </Card>
    );
};
