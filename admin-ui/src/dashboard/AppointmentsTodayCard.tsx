import { useTranslate } from 'react-admin';
import { appointmentStatuses, type DashboardFigures } from '../types';
import { CountList } from './CountList';
import { DashboardCard, Nothing } from './DashboardCard';

const order = (status: string) => {
    const index = appointmentStatuses.indexOf(status as (typeof appointmentStatuses)[number]);
    return index < 0 ? appointmentStatuses.length : index;
};

/** Today's appointments by where they stand: booked, checked in, helped, no-show, cancelled. */
export const AppointmentsTodayCard = ({ rows }: { rows: DashboardFigures['appointmentsToday'] }) => {
    const translate = useTranslate();
    const counted = rows.filter((row) => row.appointments > 0).sort((a, b) => order(a.status) - order(b.status));
    return (
        <DashboardCard title="app.dashboard.appointments_today" testId="dashboard-appointments">
            {counted.length === 0 ? (
                <Nothing message="app.dashboard.no_appointments" />
            ) : (
                <CountList
                    totalLabel={translate('app.dashboard.total')}
                    rows={counted.map((row) => ({
                        key: row.status,
                        label: translate(`resources.appointments.status.${row.status}`, { _: row.status }),
                        count: row.appointments,
                    }))}
                />
            )}
        </DashboardCard>
    );
};
