import { HttpError, type RaRecord } from 'react-admin';

/** Who changed the record last, as the server tells it in a 409. */
export interface ChangedBy {
    name: string | null;
    at: string;
    changes: string[];
}

/** A save refused because the record changed since the screen loaded it: the server's 409 {message, current, changedBy}. */
export interface VersionConflict {
    message: string;
    current: RaRecord;
    changedBy: ChangedBy | null;
}

export const versionConflictOf = (error: unknown): VersionConflict | null => {
    if (!(error instanceof HttpError) || error.status !== 409) return null;
    const body = error.body as Partial<VersionConflict> | null;
    if (!body?.current || typeof body.current !== 'object') return null;
    return { message: error.message, current: body.current, changedBy: body.changedBy ?? null };
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields the user changed on their screen: what differs from the record they started from. */
export const changesMade = (data: Record<string, unknown>, previous: RaRecord | undefined) =>
    Object.fromEntries(
        Object.entries(data).filter(
            ([field, value]) => field !== 'version' && field !== 'id' && !same(value, previous?.[field]),
        ),
    );
