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

export const TicketPropertiesForm = () => {
    const ticket = useRecordContext<Ticket>();
    const notify = useNotify();
    const refreshTicket = useRefreshTicket();
    const conflict = useVersionConflict('tickets', { onSaved: refreshTicket });
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
                    onSuccess: () => {
                        notify('ra.notification.updated', { type: 'success', messageArgs: { smart_count: 1 } });
                        return refreshTicket();
                    },
                    onError: conflict.onError,
                }}
            >
                <Form>
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
