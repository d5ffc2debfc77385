import { DataTable, DateInput, List } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { useEditRowClick } from '../common/useEditRowClick';
import { DeskInput } from '../desks/DeskInput';
import { LocationInput } from '../locations/LocationInput';
import { ClosureKindField, ClosurePlaceField } from './ClosurePlaceField';

const closureFilters = [
    <LocationInput key="locationId" source="locationId" alwaysOn />,
    <DeskInput key="deskId" source="deskId" />,
    // Those overlapping these days (Brussels).
    <DateInput key="from" source="from" alwaysOn />,
    <DateInput key="to" source="to" />,
];

/** Closures of locations and staff absences at desks: no appointments can be booked then. */
export const DeskClosureList = () => {
    const rowClick = useEditRowClick('desk-closures');
    return (
        <List filters={closureFilters} sort={{ field: 'startsAt', order: 'DESC' }} perPage={25} exporter={false}>
            <DataTable rowClick={rowClick} bulkActionButtons={false}>
                <DataTable.Col source="startsAt" field={DateTimeField} />
                <DataTable.Col source="endsAt" field={DateTimeField} />
                <DataTable.Col source="kind" disableSort field={ClosureKindField} />
                <DataTable.Col source="place" disableSort field={ClosurePlaceField} />
                <DataTable.Col source="reason" disableSort />
            </DataTable>
        </List>
    );
};
