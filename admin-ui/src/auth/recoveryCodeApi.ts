import { apiUrl, httpClient } from '../providers/httpClient';

/** How many of your recovery codes are still unused. */
export const getRecoveryCodesLeft = async (): Promise<number> =>
    ((await httpClient(`${apiUrl}/auth/recovery-codes`)).json as { left: number }).left;

/** Ten new codes, shown once; the old ones stop working. */
export const makeRecoveryCodes = async (): Promise<string[]> =>
    ((await httpClient(`${apiUrl}/auth/recovery-codes`, { method: 'POST', body: '{}' })).json as { codes: string[] })
        .codes;

/** Another administrator's lost phone: they set the second factor up again at their next login. */
export const resetSecondFactor = async (userId: string): Promise<void> => {
    await httpClient(`${apiUrl}/admin/users/${encodeURIComponent(userId)}/second-factor/reset`, {
        method: 'POST',
        body: '{}',
    });
};
