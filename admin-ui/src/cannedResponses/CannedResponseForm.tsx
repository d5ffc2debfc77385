import { Typography } from '@mui/material';
import {
    BooleanInput,
    SelectInput,
    SimpleForm,
    TextArrayInput,
    TextInput,
    required,
    useGetIdentity,
    useTranslate,
} from 'react-admin';
import { CategoryInput } from '../categories/CategoryInput';
import { FormSection } from '../common/FormSection';
import { DepartmentInput } from '../departments/DepartmentInput';
import { priorityChoices, statusChoices } from '../tickets/choices';

/** What the server fills in (src/cannedResponses/service.ts); an unknown one is refused on save. */
const placeholders = ['name', 'reference', 'subject', 'status', 'agent', 'department', 'category', 'town'];

const defaults = {
    bodyEn: '',
    departmentId: null,
    ownerId: null,
    setStatus: null,
    setPriority: null,
    setCategoryId: null,
    setDepartmentId: null,
    addTags: [],
};

/** A canned reply: its texts, who sees it, and what it also changes on the ticket (a macro). */
export const CannedResponseForm = () => {
    const translate = useTranslate();
    const { identity } = useGetIdentity();
    return (
        <SimpleForm defaultValues={defaults} sx={{ maxWidth: 720 }}>
            <Typography variant="body2" color="text.secondary">
                {translate('app.canned.intro')}
            </Typography>
            <FormSection title="app.canned.texts">
                <TextInput source="title" validate={required()} autoComplete="off" />
                <TextInput source="bodyNl" validate={required()} multiline minRows={5} />
                <TextInput source="bodyEn" multiline minRows={5} helperText="app.canned.body_en_help" />
                <Typography variant="body2" color="text.secondary" data-testid="canned-placeholders">
                    {translate('app.canned.placeholders', { list: placeholders.map((p) => `{{${p}}}`).join(' ') })}
                </Typography>
            </FormSection>
            <FormSection title="app.canned.visibility" help="app.canned.visibility_help">
                <DepartmentInput source="departmentId" emptyText="app.canned.scope.shared" />
                <BooleanInput
                    source="ownerId"
                    label="resources.canned-responses.fields.personal"
                    format={(ownerId: string | null) => Boolean(ownerId)}
                    parse={(personal: boolean) => (personal ? (identity?.id ?? null) : null)}
                />
            </FormSection>
            <FormSection title="app.canned.actions" help="app.canned.actions_help">
                <SelectInput source="setStatus" choices={statusChoices} emptyText="app.canned.no_change" />
                <SelectInput source="setPriority" choices={priorityChoices} emptyText="app.canned.no_change" />
                <CategoryInput source="setCategoryId" emptyText="app.canned.no_change" />
                <DepartmentInput source="setDepartmentId" emptyText="app.canned.no_change" />
                <TextArrayInput source="addTags" />
            </FormSection>
        </SimpleForm>
    );
};
