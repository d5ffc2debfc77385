import { ReferenceInput, SelectInput, type SelectInputProps } from 'react-admin';
import { useCategoryName } from './categoryName';

/** Category picker; the full list is loaded since categories number in the tens. */
export const CategoryInput = ({ source, ...props }: Partial<SelectInputProps> & { source: string }) => {
    const name = useCategoryName();
    return (
        <ReferenceInput source={source} reference="categories" perPage={500} sort={{ field: 'nameNl', order: 'ASC' }}>
            <SelectInput optionText={name} {...props} />
        </ReferenceInput>
    );
};
