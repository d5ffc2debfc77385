import { Stack } from '@mui/material';
import {
    AutocompleteArrayInput,
    CheckboxGroupInput,
    ReferenceArrayInput,
    SelectArrayInput,
    SelectInput,
    TextArrayInput,
    TextInput,
} from 'react-admin';
import { useCategoryName } from '../categories/categoryName';
import { languageChoices } from '../common/choices';
import { FormSection } from '../common/FormSection';
import { channelChoices } from '../tickets/choices';
import { formatOpening, openingChoices, parseOpening, weekdayChoices } from './ruleChoices';
import {
    validatePhonePrefixes,
    validateSenders,
    validateTimeFrom,
    validateTimeTo,
    validateWords,
} from './ruleValidators';

const everything = 500;

// A time input always shows "--:--", which the label would otherwise cover.
const shrinkLabel = { inputLabel: { shrink: true } };

/** Every condition is optional; the ones left empty are not sent (see ruleBody). */
export const RuleConditionsInputs = () => {
    const categoryName = useCategoryName();
    return (
        <FormSection title="app.rule.conditions" help="app.rule.conditions_help">
            <SelectArrayInput source="conditions.channels" choices={channelChoices} />
            <ReferenceArrayInput
                source="conditions.categoryIds"
                reference="categories"
                perPage={everything}
                sort={{ field: 'nameNl', order: 'ASC' }}
            >
                <AutocompleteArrayInput
                    label="resources.routing-rules.fields.conditions.categoryIds"
                    optionText={categoryName}
                />
            </ReferenceArrayInput>
            <TextArrayInput source="conditions.words" helperText="app.rule.words_help" validate={validateWords} />
            <TextArrayInput source="conditions.senders" helperText="app.rule.senders_help" validate={validateSenders} />
            <TextArrayInput
                source="conditions.phonePrefixes"
                helperText="app.rule.phone_help"
                validate={validatePhonePrefixes}
            />
            <SelectArrayInput source="conditions.languages" choices={languageChoices} />
            <ReferenceArrayInput
                source="conditions.zoneIds"
                reference="zones"
                perPage={everything}
                sort={{ field: 'name', order: 'ASC' }}
            >
                <AutocompleteArrayInput label="resources.routing-rules.fields.conditions.zoneIds" optionText="name" />
            </ReferenceArrayInput>
            <FormSection title="app.rule.time" help="app.rule.time_help">
                <Stack direction="row" spacing={2}>
                    <TextInput
                        source="conditions.timeOfDay.from"
                        type="time"
                        validate={validateTimeFrom}
                        slotProps={shrinkLabel}
                    />
                    <TextInput
                        source="conditions.timeOfDay.to"
                        type="time"
                        validate={validateTimeTo}
                        slotProps={shrinkLabel}
                    />
                </Stack>
                <CheckboxGroupInput source="conditions.timeOfDay.weekdays" choices={weekdayChoices} />
            </FormSection>
            <SelectInput
                source="conditions.outsideOpeningHours"
                choices={openingChoices}
                emptyText="app.rule.opening.any"
                format={formatOpening}
                parse={parseOpening}
            />
        </FormSection>
    );
};
