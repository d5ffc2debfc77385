import { DataTable, ReferenceField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ProductNameField } from '../products/productName';
import { AppointmentChannelChip } from './AppointmentChannelChip';
import { AppointmentStatusChip } from './AppointmentStatusChip';

/** A citizen's or a ticket's appointments, inside a ReferenceManyField; a row opens the appointment. */
export const AppointmentsTable = () => (
    <DataTable rowClick="show" bulkActionButtons={false} size="small">
        <DataTable.Col source="startsAt" field={DateTimeField} disableSort />
        <DataTable.Col source="code" disableSort />
        <DataTable.Col source="serviceId" disableSort>
            <ReferenceField source="serviceId" reference="services" link={false}>
                <ProductNameField />
            </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="locationId" disableSort>
            <ReferenceField source="locationId" reference="locations" link={false} />
        </DataTable.Col>
        <DataTable.Col source="channel" disableSort field={AppointmentChannelChip} />
        <DataTable.Col source="status" disableSort field={AppointmentStatusChip} />
    </DataTable>
);
