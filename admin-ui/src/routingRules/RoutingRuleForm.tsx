import { Grid } from '@mui/material';
import { BooleanInput, SimpleForm, TextInput, required } from 'react-admin';
import { RuleActionsInputs } from './RuleActionsInputs';
import { RuleConditionsInputs } from './RuleConditionsInputs';
import { RuleTestPanel } from './RuleTestPanel';
import { RuleToolbar } from './RuleToolbar';

// The sample starts as a Dutch email, the most common case to try.
const defaults = {
    active: true,
    conditions: {},
    actions: {},
    dryRun: { sample: { channel: 'email', language: 'nl' } },
};

/** The rule on the left, the dry run next to it so the admin can try while editing. */
export const RoutingRuleForm = () => (
    <SimpleForm defaultValues={defaults} toolbar={<RuleToolbar />}>
        <Grid container spacing={3} sx={{ width: '100%' }}>
            <Grid size={{ xs: 12, lg: 7 }}>
                <TextInput source="name" validate={required()} />
                <BooleanInput source="active" />
                <RuleConditionsInputs />
                <RuleActionsInputs />
            </Grid>
            <Grid size={{ xs: 12, lg: 5 }}>
                <RuleTestPanel />
            </Grid>
        </Grid>
    </SimpleForm>
);
