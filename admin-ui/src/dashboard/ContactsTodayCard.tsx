import { useTranslate } from 'react-admin';
import type { DashboardFigures } from '../types';
import { CountList } from './CountList';
import { DashboardCard, Nothing } from './DashboardCard';

/** Today's new tickets by the channel they came in through. */
export const ContactsTodayCard = ({ rows }: { rows: DashboardFigures['contactsToday'] }) => {
    const translate = useTranslate();
    const counted = rows.filter((row) => row.contacts > 0);
    return (
        <DashboardCard title="app.dashboard.contacts_today" testId="dashboard-contacts">
            {counted.length === 0 ? (
                <Nothing message="app.dashboard.no_contacts" />
            ) : (
                <CountList
                    totalLabel={translate('app.dashboard.total')}
                    rows={counted.map((row) => ({
                        key: row.channel,
                        label: translate(`resources.tickets.channel.${row.channel}`, { _: row.channel }),
                        count: row.contacts,
                    }))}
                />
            )}
        </DashboardCard>
    );
};
