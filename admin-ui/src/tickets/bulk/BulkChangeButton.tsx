import { Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useId, useState, type ReactElement } from 'react';
import {
    Button,
    Form,
    RadioButtonGroupInput,
    SaveButton,
    SelectInput,
    TextArrayInput,
    TextInput,
    required,
    useGetIdentity,
    useListContext,
    useTranslate,
} from 'react-admin';
import { CategoryInput } from '../../categories/CategoryInput';
import { DepartmentInput } from '../../departments/DepartmentInput';
import type { Ticket } from '../../types';
import { UserInput } from '../../users/UserInput';
import { priorityChoices, statusChoices } from '../choices';
import { BulkResultDialog } from './BulkResultDialog';
import type { BulkTicketChange } from './bulkTypes';
import { useBulkChange } from './useBulkChange';

export type BulkKind = 'assign' | 'status' | 'priority' | 'department' | 'category' | 'tags' | 'merge';

const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : (value as string));

/** What the form's values mean as one change for every selected ticket. */
const changeOf = (kind: BulkKind, v: Record<string, unknown>): BulkTicketChange => {
    switch (kind) {
        case 'assign':
            return { assigneeId: emptyToNull(v.assigneeId) };
        case 'status':
            return { status: v.status as BulkTicketChange['status'] };
        case 'priority':
            return { priority: v.priority as BulkTicketChange['priority'] };
        case 'department':
            return { departmentId: emptyToNull(v.departmentId), ...(v.reason ? { reason: String(v.reason) } : {}) };
        case 'category':
            return { categoryId: emptyToNull(v.categoryId) };
        case 'tags':
            return { addTags: (v.addTags as string[]) ?? [], removeTags: (v.removeTags as string[]) ?? [] };
        case 'merge':
            return { mergeIntoId: String(v.mergeIntoId) };
    }
};

const Inputs = ({ kind, tickets }: { kind: BulkKind; tickets: Ticket[] }) => {
    switch (kind) {
        case 'assign':
            return <UserInput source="assigneeId" emptyText="app.bulk.nobody" fullWidth />;
        case 'status':
            return <SelectInput source="status" choices={statusChoices} validate={required()} fullWidth />;
        case 'priority':
            return <SelectInput source="priority" choices={priorityChoices} validate={required()} fullWidth />;
        case 'department':
            return (
                <>
                    <DepartmentInput source="departmentId" emptyText="app.none" fullWidth />
                    <TextInput source="reason" multiline minRows={2} fullWidth />
                </>
            );
        case 'category':
            return <CategoryInput source="categoryId" emptyText="app.none" fullWidth />;
        case 'tags':
            return (
                <>
                    <TextArrayInput source="addTags" label="app.bulk.add_tags" />
                    <TextArrayInput source="removeTags" label="app.bulk.remove_tags" />
                </>
            );
        case 'merge':
            return (
                <RadioButtonGroupInput
                    source="mergeIntoId"
                    label="app.bulk.merge_into"
                    row={false}
                    validate={required()}
                    choices={tickets.map((t) => ({ id: t.id, name: `${t.reference} — ${t.subject}` }))}
                />
            );
    }
};

/**
 * One bulk action of the ticket list: a button that opens a small dialog asking the value (status, assignee,
 * labels, the ticket that stays…), then changes every selected ticket.
 */
export const BulkChangeButton = ({ kind, icon }: { kind: BulkKind; icon: ReactElement }) => {
    const translate = useTranslate();
    const { selectedIds, data } = useListContext<Ticket>();
    const { identity } = useGetIdentity();
    const { apply, isPending, result, clearResult } = useBulkChange();
    const [open, setOpen] = useState(false);
    const titleId = useId();
    const selected = (data ?? []).filter((t) => selectedIds.includes(t.id));
    const submit = async (values: Record<string, unknown>) => {
        if (await apply(changeOf(kind, values))) setOpen(false);
    };
    // the oldest ticket stays by default: it usually has the history
    const oldest = [...selected].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
    const defaults = kind === 'merge' ? { mergeIntoId: oldest?.id } : {};
    return (
        <>
            <Button label={`app.bulk.${kind}`} onClick={() => setOpen(true)} data-testid={`bulk-${kind}`}>
                {icon}
            </Button>
            {open && (
                <Dialog
                    open
                    onClose={isPending ? undefined : () => setOpen(false)}
                    aria-labelledby={titleId}
                    maxWidth="sm"
                    fullWidth
                >
                    <Form onSubmit={submit} defaultValues={defaults}>
                        <DialogTitle id={titleId}>
                            {translate(`app.bulk.title.${kind}`, { smart_count: selectedIds.length })}
                        </DialogTitle>
                        <DialogContent>
                            <Stack>
                                <Inputs kind={kind} tickets={selected} />
                            </Stack>
                        </DialogContent>
                        <DialogActions>
                            <Button label="ra.action.cancel" onClick={() => setOpen(false)} disabled={isPending} />
                            {kind === 'assign' && identity && (
                                <Button
                                    label="app.bulk.assign_me"
                                    disabled={isPending}
                                    onClick={() =>
                                        apply({ assigneeId: String(identity.id) }).then(
                                            (done) => done && setOpen(false),
                                        )
                                    }
                                />
                            )}
                            <SaveButton label="app.bulk.apply" disabled={isPending} alwaysEnable />
                        </DialogActions>
                    </Form>
                </Dialog>
            )}
            {result && <BulkResultDialog result={result} onClose={clearResult} />}
        </>
    );
};
