import { ReferenceInput, SelectInput, type SelectInputProps } from 'react-admin';
import { useDeskLabel } from './deskLabel';

interface DeskInputProps extends Omit<Partial<SelectInputProps>, 'filter'> {
    source: string;
    /** E.g. only the desks of one location. */
    deskFilter?: Record<string, unknown>;
}

/** Desk picker; the desks are named with their location. */
export const DeskInput = ({ source, deskFilter, ...props }: DeskInputProps) => {
    const label = useDeskLabel();
    return (
        <ReferenceInput
            source={source}
            reference="desks"
            perPage={500}
            sort={{ field: 'name', order: 'ASC' }}
            filter={deskFilter}
        >
            <SelectInput optionText={label} {...props} />
        </ReferenceInput>
    );
};
