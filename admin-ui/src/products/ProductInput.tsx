import { ReferenceInput, SelectInput, type SelectInputProps } from 'react-admin';
import { useProductName } from './productName';

/** Product picker; the full list is loaded since products number in the tens. */
export const ProductInput = ({ source, ...props }: Partial<SelectInputProps> & { source: string }) => {
    const name = useProductName();
    return (
        <ReferenceInput source={source} reference="services" perPage={500} sort={{ field: 'nameNl', order: 'ASC' }}>
            <SelectInput optionText={name} {...props} />
        </ReferenceInput>
    );
};
