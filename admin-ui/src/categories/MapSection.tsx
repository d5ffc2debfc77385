import { BooleanInput, SelectInput, TextArrayInput, TextInput, required } from 'react-admin';
import { FormSection } from '../common/FormSection';
import { AttributesInput } from './AttributesInput';
import { mapVisibilityChoices } from './categoryChoices';

/** Whether citizens and apps report this kind of problem on the public map and through Open311, and how. */
export const MapSection = () => (
    <FormSection title="app.category.map_section" help="app.category.map_help">
        <BooleanInput source="reportable" helperText="app.category.reportable_help" />
        <SelectInput
            source="mapVisibility"
            choices={mapVisibilityChoices}
            validate={required()}
            helperText="app.category.visibility_help"
            fullWidth
        />
        <TextInput source="groupName" helperText="app.category.group_help" />
        <TextArrayInput source="keywords" helperText="app.category.keywords_help" />
        <AttributesInput />
    </FormSection>
);
