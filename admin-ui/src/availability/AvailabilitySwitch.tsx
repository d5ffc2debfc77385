import { FormControlLabel, Switch, Tooltip, useMediaQuery, type Theme } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { setAvailability } from './setAvailability';

/**
 * "Available for new tickets", in the app bar where an agent sees it all
 * day: off during a break or a long call, so automatic assignment skips them.
 */
export const AvailabilitySwitch = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const compact = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
    const { identity, refetch } = useGetIdentity();
    const { mutate, isPending, variables } = useMutation({
        mutationFn: setAvailability,
        onSuccess: (_, available) => {
            notify(available ? 'app.availability.on' : 'app.availability.off', { type: 'info' });
            return refetch();
        },
        onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    });
    // A server without availability says nothing about it: no switch then.
    if (typeof identity?.available !== 'boolean') return null;
    const checked = isPending && variables !== undefined ? variables : identity.available;
    const label = translate('app.availability.label');
    return (
        <Tooltip title={translate('app.availability.help')}>
            <FormControlLabel
                control={
                    <Switch
                        checked={checked}
                        onChange={(_, available) => mutate(available)}
                        disabled={isPending}
                        color="default"
                        slotProps={{ input: { 'aria-label': label } }}
                        data-testid="availability"
                    />
                }
                label={compact ? '' : label}
                sx={{ mr: 1, '& .MuiFormControlLabel-label': { fontSize: '0.875rem' } }}
            />
        </Tooltip>
    );
};
