import { BooleanInput, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { LocationInput } from '../locations/LocationInput';
import { ProductArrayInput } from '../products/ProductArrayInput';

const defaults = { active: true, serviceIds: [] };

export const DeskForm = () => (
    <SimpleForm defaultValues={defaults} toolbar={<EditToolbar />} sx={{ maxWidth: 600 }}>
        <LocationInput source="locationId" validate={required()} />
        <TextInput source="name" validate={[required(), maxLength(100)]} helperText="app.desk.name_help" />
        <BooleanInput source="active" helperText="app.desk.active_help" />
        <ProductArrayInput source="serviceIds" helperText="app.desk.products_help" />
    </SimpleForm>
);
