import {
    BooleanInput,
    NumberInput,
    SelectInput,
    SimpleForm,
    TextInput,
    maxLength,
    maxValue,
    minLength,
    minValue,
    regex,
    required,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { FormSection } from '../common/FormSection';
import { DepartmentInput } from '../departments/DepartmentInput';
import { DeskArrayInput } from '../desks/DeskArrayInput';
import { queuePrefixes } from '../types';
import { DocumentsInput } from './DocumentsInput';

// The server's defaults for a new product.
const defaults = {
    durationMinutes: 15,
    bufferMinutes: 0,
    documentsNl: [],
    documentsEn: [],
    bookableOnline: true,
    walkInAllowed: true,
    minNoticeMinutes: 120,
    maxDaysAhead: 60,
    reminderHoursBefore: 24,
    queuePrefix: 'A',
    departmentId: null,
    active: true,
    deskIds: [],
};

// The server's rules, so mistakes show before saving.
const whole = (min: number, max: number) => [required(), minValue(min), maxValue(max)];
const validateCode = [required(), regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'app.product.code_invalid')];
const validateName = [required(), minLength(2), maxLength(100)];

const queueChoices = queuePrefixes.map((letter) => ({ id: letter, name: letter }));

export const ProductForm = () => (
    <SimpleForm defaultValues={defaults} toolbar={<EditToolbar />} sx={{ maxWidth: 760 }}>
        <TextInput source="code" validate={validateCode} helperText="app.product.code_help" />
        <TextInput source="nameNl" validate={validateName} fullWidth />
        <TextInput source="nameEn" validate={validateName} fullWidth />
        <DepartmentInput source="departmentId" emptyText="app.none" helperText="app.product.department_help" />
        <BooleanInput source="active" helperText="app.product.active_help" />
        <FormSection title="app.product.citizen" help="app.product.citizen_help">
            <TextInput source="descriptionNl" multiline minRows={2} validate={maxLength(2000)} fullWidth />
            <TextInput source="descriptionEn" multiline minRows={2} validate={maxLength(2000)} fullWidth />
            <DocumentsInput source="documentsNl" />
            <DocumentsInput source="documentsEn" />
            <TextInput source="priceNote" validate={maxLength(200)} helperText="app.product.price_help" fullWidth />
        </FormSection>
        <FormSection title="app.product.booking" help="app.product.booking_help">
            <NumberInput source="durationMinutes" min={5} max={480} step={5} validate={whole(5, 480)} />
            <NumberInput
                source="bufferMinutes"
                min={0}
                max={120}
                step={5}
                validate={whole(0, 120)}
                helperText="app.product.buffer_help"
            />
            <BooleanInput source="bookableOnline" helperText="app.product.online_help" />
            <BooleanInput source="walkInAllowed" helperText="app.product.walk_in_help" />
            <NumberInput
                source="minNoticeMinutes"
                min={0}
                max={10080}
                step={15}
                validate={whole(0, 10080)}
                helperText="app.product.min_notice_help"
            />
            <NumberInput
                source="maxDaysAhead"
                min={1}
                max={365}
                step={1}
                validate={whole(1, 365)}
                helperText="app.product.max_days_help"
            />
            <NumberInput
                source="reminderHoursBefore"
                min={0}
                max={168}
                step={1}
                validate={whole(0, 168)}
                helperText="app.product.reminder_help"
            />
            <SelectInput
                source="queuePrefix"
                choices={queueChoices}
                validate={required()}
                helperText="app.product.queue_help"
            />
        </FormSection>
        <FormSection title="app.product.desks" help="app.product.desks_help">
            <DeskArrayInput source="deskIds" />
        </FormSection>
    </SimpleForm>
);
