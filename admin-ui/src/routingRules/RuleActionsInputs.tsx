import { SelectInput, TextArrayInput } from 'react-admin';
import { CategoryInput } from '../categories/CategoryInput';
import { FormSection } from '../common/FormSection';
import { DepartmentInput } from '../departments/DepartmentInput';
import { priorityChoices } from '../tickets/choices';
import { UserInput } from '../users/UserInput';
import { acknowledgementChoices } from './ruleChoices';
import { validateSomeAction } from './ruleValidators';

/** What the rule sets; an unset action leaves that part of the ticket as it is. */
export const RuleActionsInputs = () => (
    <FormSection title="app.rule.actions" help="app.rule.actions_help">
        <DepartmentInput source="actions.departmentId" emptyText="app.rule.unchanged" validate={validateSomeAction} />
        <CategoryInput source="actions.categoryId" emptyText="app.rule.unchanged" />
        <SelectInput source="actions.priority" choices={priorityChoices} emptyText="app.rule.unchanged" />
        <TextArrayInput source="actions.tags" helperText="app.rule.list_help" />
        <UserInput source="actions.assigneeId" emptyText="app.rule.unchanged" />
        <SelectInput source="actions.acknowledgement" choices={acknowledgementChoices} emptyText="app.rule.unchanged" />
    </FormSection>
);
