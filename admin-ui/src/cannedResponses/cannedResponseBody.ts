import type { RaRecord } from 'react-admin';

/**
 * The "only for me" switch stands on ownerId: switched on it holds the user's id, but an untouched switch starts
 * as false, which is not an owner.
 */
export const cannedResponseBody = (data: RaRecord) => ({
    ...data,
    ownerId: typeof data.ownerId === 'string' ? data.ownerId : null,
});
