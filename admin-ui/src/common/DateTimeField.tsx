import { DateField, type DateFieldProps } from 'react-admin';
import { dateTimeOptions, useIntlLocale } from './dates';

/** A date and time in Brussels time, in the console's language. */
export const DateTimeField = (props: DateFieldProps) => (
    <DateField showTime locales={useIntlLocale()} options={dateTimeOptions} {...props} />
);
