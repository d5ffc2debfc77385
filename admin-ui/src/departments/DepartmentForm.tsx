import { BooleanInput, NumberInput, SelectInput, SimpleForm, TextInput, email, minValue, required } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { FormSection } from '../common/FormSection';
import { assignmentStrategies } from '../types';
import { UserInput } from '../users/UserInput';
import { validatePhoneTarget } from './phoneTarget';

const defaults = {
    active: true,
    assignmentStrategy: 'none',
    maxOpenPerAgent: null,
    leadUserId: null,
    phoneTarget: null,
};

const strategyChoices = assignmentStrategies.map((id) => ({ id, name: `app.department.strategy.${id}` }));

export const DepartmentForm = () => (
    <SimpleForm defaultValues={defaults} toolbar={<EditToolbar />} sx={{ maxWidth: 600 }}>
        <TextInput source="name" validate={required()} />
        <TextInput source="email" type="email" validate={email()} />
        <TextInput source="phone" type="tel" />
        <BooleanInput source="active" />
        <FormSection title="app.department.assignment">
            <SelectInput
                source="assignmentStrategy"
                choices={strategyChoices}
                validate={required()}
                helperText="app.department.strategy_help"
            />
            <NumberInput
                source="maxOpenPerAgent"
                min={1}
                step={1}
                validate={minValue(1)}
                helperText="app.department.max_open_help"
            />
            <UserInput source="leadUserId" emptyText="app.none" helperText="app.department.lead_help" />
        </FormSection>
        <TextInput source="signature" multiline minRows={2} helperText="app.department.signature_help" />
        <FormSection title="app.department.telephony">
            <TextInput
                source="phoneTarget"
                validate={validatePhoneTarget}
                helperText="app.department.phone_target_help"
                autoComplete="off"
            />
        </FormSection>
    </SimpleForm>
);
