import { Alert } from '@mui/material';
import { DataTable, List, ReferenceField, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ApiKeyStatusChip } from './ApiKeyStatusChip';
import { KeyPrefixField } from './KeyPrefixField';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';

const Intro = () => {
    const translate = useTranslate();
    return (
        <Alert severity="info" sx={{ mt: 1 }} data-testid="api-keys-intro">
            {translate('app.api_key.intro')}
        </Alert>
    );
};

/** Keys are never opened or edited: made with a name, then only revoked. */
export const ApiKeyList = () => (
    <>
        <Intro />
        <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
            <DataTable rowClick={false} bulkActionButtons={false}>
                <DataTable.Col source="name" />
                <DataTable.Col source="keyPrefix" disableSort field={KeyPrefixField} />
                <DataTable.Col source="createdAt" field={DateTimeField} />
                <DataTable.Col source="createdByUserId" disableSort>
                    <ReferenceField source="createdByUserId" reference="users" link={false} />
                </DataTable.Col>
                <DataTable.Col source="lastUsedAt">
                    <DateTimeField source="lastUsedAt" emptyText="app.api_key.never_used" />
                </DataTable.Col>
                <DataTable.Col source="status" disableSort field={ApiKeyStatusChip} />
                <DataTable.Col label="" disableSort field={RevokeApiKeyButton} />
            </DataTable>
        </List>
    </>
);
