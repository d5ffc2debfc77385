import {
    ArrayInput,
    BooleanInput,
    NumberInput,
    SelectInput,
    SimpleFormIterator,
    TextInput,
    required,
    regex,
} from 'react-admin';
import { AttributeValuesInput } from './AttributeValuesInput';
import { datatypeChoices } from './categoryChoices';

const label = (field: string) => `app.category.attribute.${field}`;

// The server's rule for an attribute code.
const validateCode = [required(), regex(/^[A-Za-z0-9_-]{1,50}$/, label('code_invalid'))];

/**
 * Open311 attribute definitions: the extra questions an app asks for this
 * kind of report. The defaults on the inputs fill a newly added attribute.
 */
export const AttributesInput = () => (
    <ArrayInput source="attributes" helperText="app.category.attributes_help">
        <SimpleFormIterator fullWidth getItemLabel={(index) => `#${index + 1}`}>
            <TextInput source="code" label={label('code')} helperText={label('code_help')} validate={validateCode} />
            <TextInput
                source="description"
                label={label('description')}
                helperText={label('description_help')}
                validate={required()}
                fullWidth
            />
            <SelectInput
                source="datatype"
                label={label('datatype')}
                choices={datatypeChoices}
                defaultValue="string"
                validate={required()}
            />
            <AttributeValuesInput />
            <TextInput
                source="datatype_description"
                label={label('datatype_description')}
                helperText={label('datatype_description_help')}
                fullWidth
            />
            <BooleanInput source="required" label={label('required')} defaultValue={false} />
            <BooleanInput
                source="variable"
                label={label('variable')}
                defaultValue={true}
                // Open311 counts a missing "variable" as true.
                format={(value: unknown) => value !== false}
            />
            <NumberInput
                source="order"
                label={label('order')}
                helperText={label('order_help')}
                min={0}
                max={1000}
                step={1}
            />
        </SimpleFormIterator>
    </ArrayInput>
);
