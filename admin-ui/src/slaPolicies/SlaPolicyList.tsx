import { DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { CategoryNameField } from '../categories/categoryName';
import { useEditRowClick } from '../common/useEditRowClick';
import { priorityChoices } from '../tickets/choices';
import { MinutesField } from './MinutesField';
import { SlaExplanation } from './SlaExplanation';

export const SlaPolicyList = () => {
    const rowClick = useEditRowClick('sla-policies');
    return (
        <>
            <SlaExplanation />
            <List perPage={50} exporter={false}>
                <DataTable rowClick={rowClick} bulkActionButtons={false}>
                    <DataTable.Col source="categoryId" disableSort>
                        <ReferenceField
                            source="categoryId"
                            reference="categories"
                            link={false}
                            emptyText="app.sla.all_categories"
                        >
                            <CategoryNameField />
                        </ReferenceField>
                    </DataTable.Col>
                    <DataTable.Col source="priority" disableSort>
                        <SelectField source="priority" choices={priorityChoices} emptyText="app.sla.all_priorities" />
                    </DataTable.Col>
                    <DataTable.Col source="firstResponseMinutes" label="app.sla.first_response" disableSort>
                        <MinutesField source="firstResponseMinutes" />
                    </DataTable.Col>
                    <DataTable.Col source="resolutionMinutes" label="app.sla.resolution" disableSort>
                        <MinutesField source="resolutionMinutes" />
                    </DataTable.Col>
                    <DataTable.Col source="warnBeforeMinutes" label="app.sla.warn_before" disableSort>
                        <MinutesField source="warnBeforeMinutes" />
                    </DataTable.Col>
                </DataTable>
            </List>
        </>
    );
};
