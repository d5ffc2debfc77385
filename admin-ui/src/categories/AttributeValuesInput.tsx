import { ArrayInput, SimpleFormIterator, TextInput, required, useSourceContext } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { isListDatatype } from './categoryChoices';

const label = (field: string) => `app.category.attribute.${field}`;

const validateValues = (values: unknown) =>
    Array.isArray(values) && values.length > 0 ? undefined : label('values_required');

/** The choices of a list attribute; other datatypes have none, so nothing is shown for them. */
export const AttributeValuesInput = () => {
    // Inside the attribute's iterator: "attributes.2.datatype" for the third one.
    const sourceContext = useSourceContext();
    const datatype = useWatch({ name: sourceContext.getSource('datatype') });
    if (!isListDatatype(datatype)) return null;
    return (
        <ArrayInput source="values" label={label('values')} validate={validateValues}>
            <SimpleFormIterator inline disableReordering>
                <TextInput source="key" label={label('value_key')} validate={required()} />
                <TextInput source="name" label={label('value_name')} validate={required()} />
            </SimpleFormIterator>
        </ArrayInput>
    );
};
