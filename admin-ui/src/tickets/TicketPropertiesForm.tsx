import {
    EditBase,
    Form,
    FormDataConsumer,
    SaveButton,
    SelectInput,
    TextArrayInput,
    TextInput,
    required,
    useNotify,
    useRecordContext,
} from 'react-admin';
import { useEffect, useState } from 'react';
import { useFormState } from 'react-hook-form';
import { CategoryInput } from '../categories/CategoryInput';
import { useVersionConflict } from '../common/conflict/useVersionConflict';
import { DepartmentInput } from '../departments/DepartmentInput';
import type { Ticket } from '../types';
import { UserInput } from '../users/UserInput';
import { priorityChoices } from './choices';
import { useRefreshTicket } from './useRefreshTicket';

/** The reason is only asked when the agent moves the ticket to another department. */
const DepartmentChangeReason = ({ ticket }: { ticket: Ticket }) => (
    <FormDataConsumer<Ticket>>
        {({ formData }) =>
            (formData.departmentId ?? null) !== (ticket.departmentId ?? null) && (
                <TextInput source="reason" multiline minRows={2} />
            )
        }
    </FormDataConsumer>
);

/**
 * The version the agent's unsaved edits were made against. A colleague's change refetches the ticket while the
 * agent edits (their own edits stay, see keepDirtyValues), which would otherwise move the save onto the new
 * version and silently overwrite the colleague's value of a field both changed; pinned, that save is a 409.
 */
const PinVersionWhileEditing = ({
    version,
    onPin,
}: {
    version: number | undefined;
    onPin: (v: number | undefined) => void;
}) => {
    const { isDirty } = useFormState();
    const [pinned, setPinned] = useState(false);
    useEffect(() => {
        if (isDirty && !pinned) {
            setPinned(true);
            onPin(version);
        } else if (!isDirty && pinned) {
            setPinned(false);
            onPin(undefined);
        }
    }, [isDirty, pinned, version, onPin]);
    return null;
};

export const TicketPropertiesForm = () => {
    const ticket = useRecordContext<Ticket>();
    const notify = useNotify();
    const refreshTicket = useRefreshTicket();
    const conflict = useVersionConflict('tickets', { onSaved: refreshTicket });
    const [baseVersion, setBaseVersion] = useState<number | undefined>();
    if (!ticket) return null;
    return (
        <>
            {conflict.dialog}
            <EditBase<Ticket>
                resource="tickets"
                id={ticket.id}
                mutationMode="pessimistic"
                redirect={false}
                mutationOptions={{
                    meta: { version: baseVersion },
                    onSuccess: () => {
                        notify('ra.notification.updated', { type: 'success', messageArgs: { smart_count: 1 } });
                        return refreshTicket();
                    },
                    onError: conflict.onError,
                }}
            >
                {/* a colleague's change refetches the ticket: what the agent changed here and did not save yet stays */}
                <Form resetOptions={{ keepDirtyValues: true }}>
                    <PinVersionWhileEditing version={ticket.version} onPin={setBaseVersion} />
                    <SelectInput source="priority" choices={priorityChoices} validate={required()} />
                    <CategoryInput source="categoryId" emptyText="app.none" />
                    <DepartmentInput source="departmentId" emptyText="app.none" />
                    <DepartmentChangeReason ticket={ticket} />
                    <UserInput source="assigneeId" emptyText="app.none" />
                    <TextInput source="subject" validate={required()} />
                    <TextArrayInput source="tags" />
                    <SaveButton fullWidth />
                </Form>
            </EditBase>
        </>
    );
};
