import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { ApiKey } from '../types';

/** The first characters of the key, so an administrator can match it with the one an app uses. */
export const KeyPrefixField = () => {
    const apiKey = useRecordContext<ApiKey>();
    if (!apiKey) return null;
    return (
        <Typography variant="body2" component="code" sx={{ fontFamily: 'monospace' }}>
            {`${apiKey.keyPrefix}…`}
        </Typography>
    );
};
