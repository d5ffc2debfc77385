import { AutocompleteArrayInput, ReferenceArrayInput } from 'react-admin';
import { useProductName } from './productName';

/** The products a desk serves. */
export const ProductArrayInput = ({ source, helperText }: { source: string; helperText?: string }) => {
    const name = useProductName();
    return (
        <ReferenceArrayInput
            source={source}
            reference="services"
            perPage={500}
            sort={{ field: 'nameNl', order: 'ASC' }}
        >
            <AutocompleteArrayInput optionText={name} helperText={helperText} fullWidth />
        </ReferenceArrayInput>
    );
};
