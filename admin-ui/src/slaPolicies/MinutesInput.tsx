import { NumberInput, minValue, required, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useFormatBusinessMinutes } from '../common/businessDuration';

const validateMinutes = [required(), minValue(1)];

/** Targets are typed in minutes; the helper says what that is in hours or working days. */
export const MinutesInput = ({ source }: { source: string }) => {
    const translate = useTranslate();
    const format = useFormatBusinessMinutes();
    const minutes = useWatch({ name: source }) as unknown;
    const helperText =
        typeof minutes === 'number' && minutes > 0
            ? translate('app.sla.minutes_help', { duration: format(minutes) })
            : false;
    return <NumberInput source={source} min={1} step={1} validate={validateMinutes} helperText={helperText} />;
};
