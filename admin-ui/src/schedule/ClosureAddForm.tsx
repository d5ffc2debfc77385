import AddIcon from '@mui/icons-material/Add';
import { Alert, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useCreate, useNotify, useTranslate } from 'react-admin';
import type { Closure } from '../types';

const empty = { startDate: '', endDate: '', reason: '' };

/** One closure: a day or a period (end left empty: the same day) and why. */
export const ClosureAddForm = ({ departmentId }: { departmentId: string | null }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const [values, setValues] = useState(empty);
    const [create, { isPending, error }] = useCreate<Closure>();
    const endDate = values.endDate || values.startDate;
    const endBeforeStart = Boolean(values.startDate && endDate < values.startDate);
    const canAdd = Boolean(values.startDate && values.reason.trim() && !endBeforeStart && !isPending);

    const add = () =>
        create(
            'closures',
            { data: { departmentId, startDate: values.startDate, endDate, reason: values.reason.trim() } },
            {
                onSuccess: () => {
                    setValues(empty);
                    notify('app.schedule.closure_added', { type: 'success' });
                },
            },
        );
    const field = (name: keyof typeof empty) => ({
        value: values[name],
        onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
        label: translate(`resources.closures.fields.${name}`),
        size: 'small' as const,
        disabled: isPending,
    });

    return (
        <Stack spacing={1} sx={{ mt: 2 }} component="form" onSubmit={(event) => event.preventDefault()}>
            <Stack direction="row" spacing={1}>
                <TextField {...field('startDate')} type="date" slotProps={{ inputLabel: { shrink: true } }} fullWidth />
                <TextField
                    {...field('endDate')}
                    type="date"
                    slotProps={{ inputLabel: { shrink: true } }}
                    error={endBeforeStart}
                    helperText={endBeforeStart ? translate('app.schedule.end_before_start') : undefined}
                    fullWidth
                />
            </Stack>
            <TextField {...field('reason')} fullWidth />
            {error ? <Alert severity="error">{(error as Error).message}</Alert> : null}
            <Button
                label="app.schedule.add_closure"
                variant="outlined"
                onClick={add}
                disabled={!canAdd}
                sx={{ alignSelf: 'flex-start' }}
                type="submit"
            >
                <AddIcon />
            </Button>
        </Stack>
    );
};
