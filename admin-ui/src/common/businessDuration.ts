import { useTranslate } from 'react-admin';

/** For display only: the server counts real opening hours, the console reads 8 hours as a working day. */
export const minutesPerWorkingDay = 480;

/**
 * Business minutes as people say them: "45 min", "8 u", "3 u 20",
 * "5 werkdagen". Exact mode (targets) only speaks of days for whole days;
 * rounded mode (time left) drops the rest from two working days on.
 */
export const useFormatBusinessMinutes = () => {
    const translate = useTranslate();
    return (total: number, mode: 'exact' | 'rounded' = 'exact') => {
        const minutes = Math.round(Math.abs(total));
        const days = minutes / minutesPerWorkingDay;
        const wholeDays = mode === 'exact' ? days > 1 && Number.isInteger(days) : days >= 2;
        if (wholeDays) return translate('app.duration.days', { smart_count: Math.floor(days) });
        if (minutes < 60) return translate('app.duration.minutes', { minutes });
        const hours = Math.floor(minutes / 60);
        const rest = minutes % 60;
        return rest
            ? translate('app.duration.hours_minutes', { hours, minutes: String(rest).padStart(2, '0') })
            : translate('app.duration.hours', { hours });
    };
};
