import { AutocompleteArrayInput, ReferenceArrayInput } from 'react-admin';
import { useDeskLabel } from './deskLabel';

/** The desks that serve a product, named with their location. */
export const DeskArrayInput = ({ source, helperText }: { source: string; helperText?: string }) => {
    const label = useDeskLabel();
    return (
        <ReferenceArrayInput source={source} reference="desks" perPage={500} sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteArrayInput optionText={label} helperText={helperText} fullWidth />
        </ReferenceArrayInput>
    );
};
