import { useFieldValue } from 'react-admin';
import { useFormatBusinessMinutes } from '../common/businessDuration';

/** Minutes of business time read as hours or working days: 480 → "8 u", 2400 → "5 werkdagen". */
export const MinutesField = ({ source }: { source: string }) => {
    const minutes = useFieldValue({ source });
    const format = useFormatBusinessMinutes();
    return typeof minutes === 'number' ? <>{format(minutes)}</> : null;
};
