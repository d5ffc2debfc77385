import { Alert } from '@mui/material';
import { DataTable, List, SelectField, useTranslate } from 'react-admin';
import { languageChoices } from '../common/choices';
import { TruncatedTextField } from '../common/TruncatedTextField';
import { TemplateCustomChip } from './TemplateCustomChip';
import { TemplateKeyField } from './TemplateKeyField';

const Intro = () => {
    const translate = useTranslate();
    return (
        <Alert severity="info" sx={{ mt: 1 }}>
            {translate('app.template.intro')}
        </Alert>
    );
};

/**
 * All eight templates at once (four status changes, Dutch and English),
 * by status change and then language; the data provider puts them in order.
 */
export const NotificationTemplateList = () => (
    <>
        <Intro />
        <List perPage={100} pagination={false} actions={false} exporter={false} disableSyncWithLocation>
            <DataTable rowClick="edit" bulkActionButtons={false}>
                <DataTable.Col source="key" disableSort field={TemplateKeyField} />
                <DataTable.Col source="language" disableSort>
                    <SelectField source="language" choices={languageChoices} />
                </DataTable.Col>
                <DataTable.Col source="subject" disableSort>
                    <TruncatedTextField source="subject" maxWidth={420} />
                </DataTable.Col>
                <DataTable.Col source="custom" disableSort field={TemplateCustomChip} />
            </DataTable>
        </List>
    </>
);
