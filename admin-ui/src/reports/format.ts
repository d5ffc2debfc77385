import { useIntlLocale } from '../common/dates';

/**
 * Numbers in the console's language (nl-BE: 1.234,5); a missing value is a
 * dash. At most one decimal, as the server rounds averages and percentages.
 * With '%' the value is a percentage (12.5 → "12,5%").
 */
export const useNumberFormat = () => {
    const locale = useIntlLocale();
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return (value: number | string | null | undefined, unit?: '%') => {
        if (value === null || value === undefined || value === '') return '–';
        const n = typeof value === 'number' ? value : Number(value);
        if (Number.isNaN(n)) return String(value);
        return unit === '%' ? percent.format(n / 100) : number.format(n);
    };
};
