import { ReferenceInput, SelectInput, type SelectInputProps } from 'react-admin';

/** Department picker; the full list is loaded since departments are few. */
export const DepartmentInput = ({ source, ...props }: Partial<SelectInputProps> & { source: string }) => (
    <ReferenceInput source={source} reference="departments" perPage={500} sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput optionText="name" {...props} />
    </ReferenceInput>
);
