import {
    AutocompleteInput,
    BooleanInput,
    DateInput,
    ReferenceInput,
    SearchInput,
    SelectInput,
    useTranslate,
} from 'react-admin';
import { CategoryInput } from '../categories/CategoryInput';
import { DepartmentInput } from '../departments/DepartmentInput';
import { UserInput } from '../users/UserInput';
import { assigneeFilterChoices, channelChoices, priorityChoices, slaFilterChoices, statusChoices } from './choices';

const TicketSearchInput = (props: { source: string; alwaysOn?: boolean }) => {
    const translate = useTranslate();
    return (
        <SearchInput
            {...props}
            inputProps={{ 'aria-label': translate('ra.action.search'), 'data-testid': 'ticket-search' }}
        />
    );
};

export const ticketFilters = [
    <TicketSearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
    <SelectInput key="priority" source="priority" choices={priorityChoices} alwaysOn />,
    // The presets set these two; as inputs they show what a preset means and can be changed.
    <SelectInput key="assignee" source="assignee" choices={assigneeFilterChoices} />,
    <BooleanInput key="unresolved" source="unresolved" />,
    <SelectInput key="channel" source="channel" choices={channelChoices} />,
    // The server filters on the ticket's SLA state: deadlines close or missed.
    <SelectInput key="sla" source="sla" choices={slaFilterChoices} />,
    <DepartmentInput key="departmentId" source="departmentId" />,
    <CategoryInput key="categoryId" source="categoryId" />,
    <UserInput key="assigneeId" source="assigneeId" />,
    <ReferenceInput key="contactId" source="contactId" reference="contacts">
        <AutocompleteInput optionText="name" />
    </ReferenceInput>,
    <DateInput key="createdAt_gte" source="createdAt_gte" />,
    <DateInput key="createdAt_lte" source="createdAt_lte" />,
];
