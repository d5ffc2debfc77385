import { DataTable, ExportButton, FilterButton, List, ReferenceField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ProductNameField } from '../products/productName';
import { AppointmentChannelChip } from './AppointmentChannelChip';
import { appointmentExporter } from './appointmentExporter';
import { appointmentFilters } from './appointmentFilters';
import { AppointmentStatusChip } from './AppointmentStatusChip';
import { BookAppointmentButton } from './BookAppointmentButton';

const AppointmentListActions = () => (
    <TopToolbar>
        <FilterButton />
        <ExportButton />
        <BookAppointmentButton showAfterwards />
    </TopToolbar>
);

/** Every appointment at the counters; the server sorts on start, end, creation, status, name and code. */
export const AppointmentList = () => (
    <List
        filters={appointmentFilters}
        actions={<AppointmentListActions />}
        exporter={appointmentExporter}
        sort={{ field: 'startsAt', order: 'DESC' }}
        perPage={25}
    >
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="startsAt" field={DateTimeField} />
            <DataTable.Col source="code" />
            <DataTable.Col source="serviceId" disableSort>
                <ReferenceField source="serviceId" reference="services" link={false}>
                    <ProductNameField />
                </ReferenceField>
            </DataTable.Col>
            <DataTable.Col source="name" />
            <DataTable.Col source="locationId" disableSort>
                <ReferenceField source="locationId" reference="locations" link={false} />
            </DataTable.Col>
            <DataTable.Col source="deskId" disableSort>
                <ReferenceField source="deskId" reference="desks" link={false} />
            </DataTable.Col>
            <DataTable.Col source="channel" disableSort field={AppointmentChannelChip} />
            <DataTable.Col source="status" field={AppointmentStatusChip} />
        </DataTable>
    </List>
);
