import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';
import { useEditOrShowRowClick } from '../common/useEditRowClick';

const locationFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <NullableBooleanInput key="active" source="active" alwaysOn />,
];

/** The town halls and service points with counters; each opens on its desks and hours. */
export const LocationList = () => {
    const rowClick = useEditOrShowRowClick('locations');
    return (
        <List filters={locationFilters} sort={{ field: 'name', order: 'ASC' }} perPage={50} exporter={false}>
            <DataTable rowClick={rowClick} bulkActionButtons={false}>
                <DataTable.Col source="name" />
                <DataTable.Col source="address" disableSort />
                <DataTable.Col source="active" field={BooleanField} />
            </DataTable>
        </List>
    );
};
