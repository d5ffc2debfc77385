import { Alert } from '@mui/material';
import { DataTable, List, ReferenceField, SelectField, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { kindChoices } from './choices';
import { DeviceStatusChip } from './DeviceStatusChip';
import { RevokeDeviceButton } from './RevokeDeviceButton';

const Intro = () => {
    const translate = useTranslate();
    return (
        <Alert severity="info" sx={{ mt: 1 }} data-testid="devices-intro">
            {translate('app.device.intro')}
        </Alert>
    );
};

/** Kiosks and waiting-room screens: set up with a name, then only revoked. */
export const DeviceList = () => (
    <>
        <Intro />
        <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
            <DataTable rowClick={false} bulkActionButtons={false}>
                <DataTable.Col source="name" />
                <DataTable.Col source="kind" disableSort>
                    <SelectField source="kind" choices={kindChoices} />
                </DataTable.Col>
                <DataTable.Col source="locationId" disableSort>
                    <ReferenceField source="locationId" reference="locations" link={false} />
                </DataTable.Col>
                <DataTable.Col source="lastSeenAt" disableSort>
                    <DateTimeField source="lastSeenAt" emptyText="app.device.never_seen" />
                </DataTable.Col>
                <DataTable.Col source="createdAt" field={DateTimeField} />
                <DataTable.Col source="status" disableSort field={DeviceStatusChip} />
                <DataTable.Col label="" disableSort field={RevokeDeviceButton} />
            </DataTable>
        </List>
    </>
);
