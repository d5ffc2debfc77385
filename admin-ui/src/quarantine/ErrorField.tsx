import { useRecordContext } from 'react-admin';
import { MonospaceBlock } from '../common/MonospaceBlock';
import type { QuarantinedEmail } from '../types';

export const ErrorField = (_props: { label?: string }) => {
    const record = useRecordContext<QuarantinedEmail>();
    return record?.error ? <MonospaceBlock>{record.error}</MonospaceBlock> : null;
};
