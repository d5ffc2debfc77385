import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { QuarantineStatus, QuarantinedEmail } from '../types';

const colors: Record<QuarantineStatus, ChipProps['color']> = {
    held: 'warning',
    resolved: 'success',
    dismissed: 'default',
};

// The label is read by SimpleShowLayout.
export const QuarantineStatusChip = (_props: { label?: string }) => {
    const record = useRecordContext<QuarantinedEmail>();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <Chip
            size="small"
            color={colors[record.status]}
            label={translate(`resources.quarantine.status.${record.status}`, { _: record.status })}
        />
    );
};
