import {
    BooleanField,
    NumberField,
    ReferenceField,
    Show,
    SimpleShowLayout,
    TextArrayField,
    TextField,
} from 'react-admin';
import { DeskChipsField } from '../desks/DeskChipsField';
import { ProductTitle } from './productName';

/** A product read-only: for agents and staff, who book it but do not change it. */
export const ProductShow = () => (
    <Show title={<ProductTitle />}>
        <SimpleShowLayout>
            <TextField source="code" />
            <TextField source="nameNl" />
            <TextField source="nameEn" />
            <ReferenceField source="departmentId" reference="departments" link={false} emptyText="app.none" />
            <BooleanField source="active" />
            <TextField source="descriptionNl" emptyText="app.none" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextField source="descriptionEn" emptyText="app.none" sx={{ whiteSpace: 'pre-wrap' }} />
            <TextArrayField source="documentsNl" />
            <TextArrayField source="documentsEn" />
            <TextField source="priceNote" emptyText="app.none" />
            <NumberField source="durationMinutes" />
            <NumberField source="bufferMinutes" />
            <BooleanField source="bookableOnline" />
            <BooleanField source="walkInAllowed" />
            <NumberField source="minNoticeMinutes" />
            <NumberField source="maxDaysAhead" />
            <NumberField source="reminderHoursBefore" />
            <TextField source="queuePrefix" />
            <DeskChipsField source="deskIds" />
        </SimpleShowLayout>
    </Show>
);
