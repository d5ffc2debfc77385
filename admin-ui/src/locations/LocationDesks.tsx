import { Card, CardContent, Stack, Typography } from '@mui/material';
import { BooleanField, CreateButton, DataTable, ReferenceManyField, useRecordContext, useTranslate } from 'react-admin';
import { useEditRowClick } from '../common/useEditRowClick';
import { ProductChipsField } from '../products/ProductChipsField';
import type { Location } from '../types';

/** The desks of a location with the products each serves; administrators add and change them here. */
export const LocationDesks = () => {
    const location = useRecordContext<Location>();
    const translate = useTranslate();
    const rowClick = useEditRowClick('desks');
    if (!location) return null;
    return (
        <Card component="section" aria-label={translate('app.location.desks')} data-testid="location-desks">
            <CardContent>
                <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
                    <Typography variant="h6" component="h2">
                        {translate('app.location.desks')}
                    </Typography>
                    <CreateButton
                        resource="desks"
                        label="app.location.add_desk"
                        state={{ record: { locationId: location.id } }}
                    />
                </Stack>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                    {translate('app.location.desks_help')}
                </Typography>
                <ReferenceManyField
                    reference="desks"
                    target="locationId"
                    sort={{ field: 'name', order: 'ASC' }}
                    perPage={500}
                    empty={
                        <Typography variant="body2" color="text.secondary">
                            {translate('app.location.no_desks')}
                        </Typography>
                    }
                >
                    <DataTable rowClick={rowClick} bulkActionButtons={false} size="small">
                        <DataTable.Col source="name" disableSort />
                        <DataTable.Col source="serviceIds" disableSort field={ProductChipsField} />
                        <DataTable.Col source="active" disableSort field={BooleanField} />
                    </DataTable>
                </ReferenceManyField>
            </CardContent>
        </Card>
    );
};
