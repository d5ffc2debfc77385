import ScienceIcon from '@mui/icons-material/Science';
import { Alert, Card, CardContent, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import {
    AutocompleteInput,
    Button,
    DateTimeInput,
    NumberInput,
    ReferenceInput,
    SelectInput,
    TextInput,
    useDataProvider,
    useTranslate,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { CategoryInput } from '../categories/CategoryInput';
import { languageChoices } from '../common/choices';
import type { RuleDryRunParams, VoordeurDataProvider } from '../providers/dataProvider';
import { channelChoices } from '../tickets/choices';
import type { RuleDryRunResult, Ticket } from '../types';
import { DryRunResult } from './DryRunResult';
import { cleanActions, cleanConditions } from './ruleBody';
import { sampleFromForm, type SampleValues } from './sampleFromForm';

type Mode = 'ticket' | 'sample';

// Enter in a sample field would submit the rule form, i.e. save the rule.
const keepEnterFromSaving = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') event.preventDefault();
};

const ticketLabel = (ticket: Ticket) => `${ticket.reference} — ${ticket.subject}`;
const label = (field: string) => `app.rule.test.sample.${field}`;

/*
 * The test inputs live in the rule form (under "dryRun", which is never
 * saved: see ruleBody) so that one click can send the rule exactly as it is
 * typed, unsaved changes included.
 */
const SampleInputs = () => (
    <>
        <SelectInput source="dryRun.sample.channel" label={label('channel')} choices={channelChoices} />
        <TextInput source="dryRun.sample.subject" label={label('subject')} />
        <TextInput source="dryRun.sample.body" label={label('body')} multiline minRows={3} />
        <TextInput source="dryRun.sample.senderEmail" label={label('senderEmail')} type="email" />
        <TextInput source="dryRun.sample.senderPhone" label={label('senderPhone')} type="tel" />
        <SelectInput
            source="dryRun.sample.language"
            label={label('language')}
            choices={languageChoices}
            emptyText="app.none"
        />
        <CategoryInput source="dryRun.sample.categoryId" label={label('categoryId')} emptyText="app.none" />
        <Stack direction="row" spacing={2}>
            <NumberInput source="dryRun.sample.latitude" label={label('latitude')} step="any" />
            <NumberInput source="dryRun.sample.longitude" label={label('longitude')} step="any" />
        </Stack>
        <DateTimeInput source="dryRun.sample.receivedAt" label={label('receivedAt')} />
    </>
);

/** Dry run: would this rule, as typed, match a ticket, and which saved rule decides today? */
export const RuleTestPanel = () => {
    const translate = useTranslate();
    const { getValues } = useFormContext();
    const dataProvider = useDataProvider<VoordeurDataProvider>();
    const [mode, setMode] = useState<Mode>('ticket');
    const [problem, setProblem] = useState<string | null>(null);

    const { mutate, data, error, isPending, reset } = useMutation<RuleDryRunResult, Error, RuleDryRunParams>({
        mutationFn: (params) => dataProvider.dryRunRoutingRule(params).then(({ data }) => data),
    });

    const run = () => {
        reset();
        const values = getValues();
        const rule = { conditions: cleanConditions(values.conditions), actions: cleanActions(values.actions) };
        if (mode === 'ticket') {
            const ticketId = values.dryRun?.ticketId;
            if (!ticketId) return setProblem('app.rule.test.pick_ticket');
            setProblem(null);
            return mutate({ ...rule, ticketId });
        }
        const sample = sampleFromForm(values.dryRun?.sample as SampleValues | undefined);
        if (!sample) return setProblem('app.rule.test.sample_incomplete');
        setProblem(null);
        mutate({ ...rule, sample });
    };

    return (
        <Card
            variant="outlined"
            component="section"
            aria-label={translate('app.rule.test.title')}
            onKeyDown={keepEnterFromSaving}
        >
            <CardContent>
                <Typography variant="h6" component="h2">
                    {translate('app.rule.test.title')}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                    {translate('app.rule.test.help')}
                </Typography>
                <ToggleButtonGroup
                    exclusive
                    size="small"
                    color="primary"
                    value={mode}
                    onChange={(_, next: Mode | null) => {
                        if (next) setMode(next);
                        setProblem(null);
                        reset();
                    }}
                    sx={{ mb: 2 }}
                >
                    <ToggleButton value="ticket">{translate('app.rule.test.mode_ticket')}</ToggleButton>
                    <ToggleButton value="sample">{translate('app.rule.test.mode_sample')}</ToggleButton>
                </ToggleButtonGroup>
                {mode === 'ticket' ? (
                    <ReferenceInput
                        source="dryRun.ticketId"
                        reference="tickets"
                        sort={{ field: 'createdAt', order: 'DESC' }}
                    >
                        <AutocompleteInput
                            label="app.rule.test.ticket"
                            optionText={ticketLabel}
                            filterToQuery={(q) => ({ q })}
                        />
                    </ReferenceInput>
                ) : (
                    <SampleInputs />
                )}
                <Button
                    label="app.rule.test.run"
                    variant="outlined"
                    onClick={run}
                    disabled={isPending}
                    sx={{ mb: 2 }}
                    data-testid="dry-run"
                >
                    <ScienceIcon />
                </Button>
                {problem && (
                    <Alert severity="info" sx={{ mb: 1 }}>
                        {translate(problem)}
                    </Alert>
                )}
                {error && (
                    <Alert severity="error" sx={{ mb: 1 }}>
                        {error.message || translate('ra.notification.http_error')}
                    </Alert>
                )}
                {data && <DryRunResult result={data} />}
            </CardContent>
        </Card>
    );
};
