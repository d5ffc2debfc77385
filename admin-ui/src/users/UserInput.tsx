import { ReferenceInput, SelectInput, type SelectInputProps } from 'react-admin';

/** Picks a colleague, e.g. the assignee of a ticket; the full list is loaded. */
export const UserInput = ({ source, ...props }: Partial<SelectInputProps> & { source: string }) => (
    <ReferenceInput source={source} reference="users" perPage={500} sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput optionText="name" {...props} />
    </ReferenceInput>
);
