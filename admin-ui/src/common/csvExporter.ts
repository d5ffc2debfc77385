import {
    downloadCSV,
    type Exporter,
    type FetchRelatedRecords,
    type RaRecord,
    type TranslateFunction,
} from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';
import { csvText } from './csv';
import { toBrusselsWallClock } from './dates';

/** One column of an export, like the column on the screen: its header is the field's label. */
export interface CsvColumn<T extends RaRecord> {
    source: string;
    /** translation key of the header; by default resources.<resource>.fields.<source> */
    label?: string;
    /** a code shown through its translation: `${choices}.${value}` */
    choices?: string;
    /** an instant, written as a date and time in Brussels */
    date?: boolean;
    /** yes or no in the reader's language */
    boolean?: boolean;
    /** an id of another resource, written as that record's name */
    reference?: { resource: string; name?: (record: RaRecord, locale: string) => unknown };
    /** worked out from the record instead of read from `source` (then formatted as above) */
    value?: (record: T, translate: TranslateFunction) => unknown;
}

/** An instant as Belgian Excel reads a date and time: "12/07/2025 22:30", on the Brussels wall clock. */
const brusselsDateTime = (iso: string) => {
    const [, year, month, day, time] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(toBrusselsWallClock(iso)) ?? [];
    return year ? `${day}/${month}/${year} ${time}` : '';
};

/**
 * The exporter of a list: the same columns as the screen, headers and values in the console's language (the
 * user's), dates in Brussels time, as a CSV Excel in Belgium splits into columns. React-admin calls it with the
 * list's current filter and sort.
 */
export const csvExporter =
    <T extends RaRecord>(resource: string, columns: CsvColumn<T>[]): Exporter<T> =>
    async (records: T[], fetchRelatedRecords: FetchRelatedRecords) => {
        const translate: TranslateFunction = (key, options) => i18nProvider.translate(key, options);
        const locale = i18nProvider.getLocale();
        const related: Record<string, Record<string, RaRecord>> = {};
        for (const column of columns) {
            if (column.reference) {
                related[column.source] = await fetchRelatedRecords<RaRecord>(
                    records,
                    column.source,
                    column.reference.resource,
                );
            }
        }
        const valueOf = (record: T, column: CsvColumn<T>): unknown => {
            const raw = column.value
                ? column.value(record, translate)
                : (record as Record<string, unknown>)[column.source];
            if (raw === null || raw === undefined || raw === '') return '';
            if (column.boolean) return translate(raw ? 'ra.boolean.true' : 'ra.boolean.false');
            if (column.choices) return translate(`${column.choices}.${String(raw)}`, { _: String(raw) });
            if (column.date) return brusselsDateTime(String(raw));
            if (column.reference) {
                const target = related[column.source]?.[String(raw)];
                if (!target) return '';
                return column.reference.name ? column.reference.name(target, locale) : target.name;
            }
            return Array.isArray(raw) ? raw.join(', ') : raw;
        };
        const header = columns.map((column) =>
            translate(column.label ?? `resources.${resource}.fields.${column.source}`),
        );
        const rows = records.map((record) => columns.map((column) => valueOf(record, column)));
        const day = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' });
        downloadCSV(csvText(header, rows), `${translate(`resources.${resource}.name`, { smart_count: 2 })} ${day}`);
    };
