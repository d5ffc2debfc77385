import { DeleteButton, SaveButton, SelectInput, SimpleForm, Toolbar, useRecordContext } from 'react-admin';
import { CategoryInput } from '../categories/CategoryInput';
import { priorityChoices } from '../tickets/choices';
import type { SlaPolicy } from '../types';
import { MinutesInput } from './MinutesInput';
import { SlaExplanation } from './SlaExplanation';

const defaults = { categoryId: null, priority: null, warnBeforeMinutes: 60 };

const SlaPolicyToolbar = () => {
    const policy = useRecordContext<SlaPolicy>();
    return (
        <Toolbar sx={{ justifyContent: 'space-between' }}>
            <SaveButton />
            {policy && (
                <DeleteButton
                    mutationMode="pessimistic"
                    confirmTitle="app.sla.delete_title"
                    confirmContent="app.sla.delete_content"
                />
            )}
        </Toolbar>
    );
};

// An empty category or priority means "all": the server gets null.
export const SlaPolicyForm = () => (
    <SimpleForm defaultValues={defaults} toolbar={<SlaPolicyToolbar />} sx={{ maxWidth: 600 }}>
        <SlaExplanation />
        <CategoryInput source="categoryId" emptyText="app.sla.all_categories" />
        <SelectInput source="priority" choices={priorityChoices} emptyText="app.sla.all_priorities" />
        <MinutesInput source="firstResponseMinutes" />
        <MinutesInput source="resolutionMinutes" />
        <MinutesInput source="warnBeforeMinutes" />
    </SimpleForm>
);
