import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { HttpError, useDataProvider, useNotify } from 'react-admin';
import type { VoordeurDataProvider } from '../providers/dataProvider';
import type { HoursRow, LocationHours } from '../types';
import {
    rowProblems,
    sameRows,
    serverRowErrors,
    toBody,
    toDraft,
    type DraftRow,
    type RowErrors,
    type RowField,
} from './hoursRows';

const none: DraftRow[] = [];

/**
 * The week of a location (its own blocks and its desks') next to the one
 * being edited. Saving replaces the whole week; the server's per-row
 * errors land on the blocks they are about, until those are changed.
 */
export const useLocationHours = (locationId: string) => {
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const queryClient = useQueryClient();
    const notify = useNotify();
    const queryKey = ['location-hours', locationId];
    const {
        data: saved,
        isPending,
        error: loadError,
    } = useQuery({
        queryKey,
        queryFn: () => dataProvider.getLocationHours(locationId).then(({ data }) => data),
    });
    const [draft, setDraftState] = useState<DraftRow[]>(none);
    const [serverErrors, setServerErrors] = useState<RowErrors>(new Map());
    const [generalErrors, setGeneralErrors] = useState<string[]>([]);

    const savedKey = JSON.stringify(saved?.hours ?? null);
    useEffect(() => {
        const hours = JSON.parse(savedKey) as HoursRow[] | null;
        setDraftState(hours ? toDraft(hours) : none);
        setServerErrors(new Map());
        setGeneralErrors([]);
    }, [savedKey]);

    const save = useMutation({
        mutationFn: (rows: DraftRow[]) =>
            dataProvider.updateLocationHours(locationId, toBody(rows)).then(({ data }) => data),
        onSuccess: (week: LocationHours) => {
            queryClient.setQueryData(queryKey, week);
            notify('app.hours.saved', { type: 'success' });
        },
        onError: (error: Error, rows) => {
            const body =
                error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> } | null) : null;
            const errors = body?.errors;
            if (errors) {
                const found = serverRowErrors(errors, rows);
                setServerErrors(found.rows);
                setGeneralErrors(found.general);
            } else {
                setGeneralErrors([error.message || 'ra.notification.http_error']);
            }
        },
    });

    /** A change of the blocks clears what the server said about the fields that changed. */
    const setDraft = (rows: DraftRow[]) => {
        const before = new Map(draft.map((row) => [row.key, row]));
        setServerErrors((current) => {
            const next: RowErrors = new Map();
            for (const [key, fields] of current) {
                const old = before.get(key);
                const now = rows.find((row) => row.key === key);
                if (!now || !old) continue;
                const kept = Object.fromEntries(
                    Object.entries(fields).filter(([field]) => old[field as RowField] === now[field as RowField]),
                );
                if (Object.keys(kept).length) next.set(key, kept);
            }
            return next;
        });
        setGeneralErrors([]);
        setDraftState(rows);
    };

    const problems = rowProblems(draft);
    const errors: RowErrors = new Map(serverErrors);
    for (const [key, fields] of problems) errors.set(key, { ...errors.get(key), ...fields });

    return {
        isPending,
        loadError,
        draft,
        setDraft,
        errors,
        generalErrors,
        dirty: !sameRows(draft, saved?.hours ?? none),
        valid: problems.size === 0,
        reset: () => setDraftState(saved ? toDraft(saved.hours) : none),
        save: () => save.mutate(draft),
        saving: save.isPending,
    };
};
