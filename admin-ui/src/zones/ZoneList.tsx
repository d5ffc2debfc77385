import { DataTable, List } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { useEditRowClick } from '../common/useEditRowClick';
import type { Zone } from '../types';
import { ZonePreview } from './ZonePreview';

export const ZoneList = () => {
    const rowClick = useEditRowClick('zones');
    return (
        <List sort={{ field: 'name', order: 'ASC' }} perPage={50} exporter={false}>
            <DataTable rowClick={rowClick} bulkActionButtons={false}>
                <DataTable.Col
                    source="geometry"
                    disableSort
                    render={(zone: Zone) => <ZonePreview geometry={zone.geometry} size={48} />}
                />
                <DataTable.Col source="name" />
                <DataTable.Col source="createdAt" field={DateTimeField} />
            </DataTable>
        </List>
    );
};
