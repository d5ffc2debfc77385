import { Card, CardContent, List, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Appointment, Desk, Product } from '../types';
import { PlanningAppointment } from './PlanningAppointment';
import { WalkInButton } from './WalkInButton';

interface DeskColumnProps {
    /** Absent: appointments whose desk is not (or no longer) at this location. */
    desk?: Desk;
    appointments: Appointment[];
    products: Product[];
    productName: (id: string) => string;
    today: boolean;
    now: number;
}

/** One desk's day, in time order, with a button for a visitor without appointment. */
export const DeskColumn = ({ desk, appointments, products, productName, today, now }: DeskColumnProps) => {
    const translate = useTranslate();
    const title = desk ? desk.name : translate('app.planning.other_desk');
    const walkInProducts = desk
        ? products.filter((product) => product.active && product.walkInAllowed && desk.serviceIds.includes(product.id))
        : [];
    const live = appointments.filter((appointment) => appointment.status !== 'cancelled').length;
    return (
        <Card
            component="section"
            aria-label={title}
            data-testid="planning-desk"
            sx={{ flex: '1 0 260px', maxWidth: 380, display: 'flex', flexDirection: 'column' }}
        >
            <CardContent sx={{ pb: 1 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', justifyContent: 'space-between' }}>
                    <Typography variant="h6" component="h2">
                        {title}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                        {translate('app.planning.count', { smart_count: live })}
                    </Typography>
                </Stack>
                {desk && !desk.active && (
                    <Typography variant="body2" color="text.secondary">
                        {translate('app.desk.inactive')}
                    </Typography>
                )}
                {desk && (
                    <Stack sx={{ mt: 1, alignItems: 'flex-start' }}>
                        <WalkInButton desk={desk} products={walkInProducts} today={today} />
                    </Stack>
                )}
            </CardContent>
            {appointments.length === 0 ? (
                <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
                    {translate('app.planning.no_appointments')}
                </Typography>
            ) : (
                <List dense disablePadding>
                    {appointments.map((appointment) => (
                        <PlanningAppointment
                            key={appointment.id}
                            appointment={appointment}
                            productName={productName(appointment.serviceId)}
                            now={
                                today &&
                                appointment.status !== 'cancelled' &&
                                new Date(appointment.startsAt).getTime() <= now &&
                                now < new Date(appointment.endsAt).getTime()
                            }
                        />
                    ))}
                </List>
            )}
        </Card>
    );
};
