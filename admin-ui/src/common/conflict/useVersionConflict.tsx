import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HttpError, useNotify, useUpdate, type Identifier, type RaRecord } from 'react-admin';
import { ConflictDialog } from './ConflictDialog';
import { changesMade, versionConflictOf, type VersionConflict } from './versionConflict';

interface Pending {
    conflict: VersionConflict;
    id: Identifier;
    mine: Record<string, unknown>;
    /** sends the user's changes again on top of the current record; when absent, an update of the resource does */
    reapply?: (current: RaRecord) => Promise<unknown>;
}

interface UpdateVariables {
    id?: Identifier;
    data?: Partial<RaRecord>;
    previousData?: RaRecord;
}

/** The default error notice of react-admin's forms: validation errors already show on their inputs. */
const notifyError = (notify: ReturnType<typeof useNotify>, error: unknown) => {
    const body = error instanceof HttpError ? (error.body as { errors?: object } | null) : null;
    if (body?.errors && Object.keys(body.errors).length > 0) return;
    notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
};

/**
 * One way for every screen that saves a versioned record (tickets, contacts, appointments, routing rules,
 * templates) to handle a save refused because a colleague saved first: `onError` goes where the save's
 * errors go (react-admin's `mutationOptions.onError`, or a call of its own with `handle`), and `dialog` is
 * rendered once on the page. "Reload" shows the stored record (the user's edits are dropped); "re-apply"
 * sends the user's changed fields again against the current version, so both changes are kept.
 */
export const useVersionConflict = (resource: string, options: { onSaved?: (record: RaRecord) => unknown } = {}) => {
    const [pending, setPending] = useState<Pending | null>(null);
    const [busy, setBusy] = useState(false);
    const queryClient = useQueryClient();
    const notify = useNotify();
    const [update] = useUpdate();

    const refresh = () => queryClient.invalidateQueries({ queryKey: [resource] });

    /** For a save of one's own (not a react-admin update): true when it was a version conflict, now shown. */
    const handle = (error: unknown, id: Identifier, mine: Record<string, unknown>, reapply: Pending['reapply']) => {
        const conflict = versionConflictOf(error);
        if (!conflict) return false;
        setPending({ conflict, id, mine, reapply });
        return true;
    };

    /** For react-admin's mutationOptions.onError: shows a conflict, notifies any other error as react-admin would. */
    const onError = (error: unknown, variables?: UpdateVariables) => {
        const conflict = versionConflictOf(error);
        if (!conflict || variables?.id === undefined) return notifyError(notify, error);
        setPending({ conflict, id: variables.id, mine: changesMade(variables.data ?? {}, variables.previousData) });
    };

    const reload = async () => {
        setPending(null);
        await refresh();
    };

    const reapply = async () => {
        if (!pending) return;
        const { conflict, id, mine } = pending;
        setBusy(true);
        try {
            const saved = pending.reapply
                ? await pending.reapply(conflict.current)
                : await update(
                      resource,
                      { id, data: { ...conflict.current, ...mine }, previousData: conflict.current },
                      { mutationMode: 'pessimistic', returnPromise: true },
                  );
            setPending(null);
            notify('ra.notification.updated', { type: 'success', messageArgs: { smart_count: 1 } });
            await refresh();
            await options.onSaved?.(saved as RaRecord);
        } catch (error) {
            // a colleague saved again meanwhile: show the newest conflict
            const again = versionConflictOf(error);
            if (again) setPending({ ...pending, conflict: again });
            else {
                setPending(null);
                notifyError(notify, error);
            }
        } finally {
            setBusy(false);
        }
    };

    const dialog = pending ? (
        <ConflictDialog
            resource={resource}
            conflict={pending.conflict}
            mine={pending.mine}
            busy={busy}
            onReload={reload}
            onReapply={reapply}
        />
    ) : null;

    return { onError, handle, dialog };
};
