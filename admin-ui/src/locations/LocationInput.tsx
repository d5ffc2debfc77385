import { ReferenceInput, SelectInput, type SelectInputProps } from 'react-admin';

/** Location picker; the full list is loaded since locations are few. */
export const LocationInput = ({ source, ...props }: Partial<SelectInputProps> & { source: string }) => (
    <ReferenceInput source={source} reference="locations" perPage={500} sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput optionText="name" {...props} />
    </ReferenceInput>
);
