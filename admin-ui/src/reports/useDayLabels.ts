import { useTranslate } from 'react-admin';
import { useFormatDay, useIntlLocale } from '../common/dates';

/** Calendar days for charts ("21/07") and tables ("ma 21/07/2025"), and weeks by their Monday. */
export const useDayLabels = () => {
    const translate = useTranslate();
    const locale = useIntlLocale();
    const formatDay = useFormatDay();
    const short = (day: string) =>
        new Date(`${day.slice(0, 10)}T12:00:00Z`).toLocaleDateString(locale, {
            timeZone: 'UTC',
            day: '2-digit',
            month: '2-digit',
        });
    return {
        short,
        long: formatDay,
        week: (monday: string) => translate('app.report.week_of', { day: formatDay(monday) }),
        shortWeek: (monday: string) => translate('app.report.week_of', { day: short(monday) }),
    };
};
