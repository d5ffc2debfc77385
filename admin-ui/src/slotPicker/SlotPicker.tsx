import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Box, IconButton, LinearProgress, Link, Stack, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useFormatDay } from '../common/dates';
import { ProductSelect, useActiveProducts } from './ProductSelect';
import { DaySelect } from './DaySelect';
import { slotDay, slotsByDay, slotTime } from './slotDays';
import { TimeButtons } from './TimeButtons';
import { TypedTimeInput } from './TypedTimeInput';
import { pickerDays, useAvailability } from './useAvailability';

export interface SlotPickerProps {
    serviceId: string | null;
    /** Without it the product is fixed (moving an appointment keeps its product). */
    onServiceChange?: (serviceId: string) => void;
    /** The chosen start, exactly as the availability gave it (or as typed, with the Brussels offset). */
    value: string | null;
    onChange: (start: string | null) => void;
    disabled?: boolean;
}

/**
 * Product → day → time. The free times of the next 60 days come in one
 * call and follow the public rules (minimum notice); staff can also type a
 * time, which the server accepts when a desk is free then.
 */
export const SlotPicker = ({ serviceId, onServiceChange, value, onChange, disabled }: SlotPickerProps) => {
    const translate = useTranslate();
    const formatDay = useFormatDay();
    const { data: products = [] } = useActiveProducts();
    const product = products.find((p) => p.id === serviceId);
    // The public endpoint refuses products that cannot be booked online: staff type the time.
    const listable = product?.bookableOnline !== false;
    const { data: slots, isFetching, error, refetch } = useAvailability(serviceId, listable);
    const days = slotsByDay(slots ?? []);
    const [day, setDay] = useState<string | null>(null);
    const [typing, setTyping] = useState(false);
    const typed = typing || !listable || Boolean(error);

    // The first day with free times, until another is chosen (or the one of the chosen time).
    const shownDay =
        day && days.has(day) ? day : value && days.has(slotDay(value)) ? slotDay(value) : ([...days.keys()][0] ?? null);
    const daySlots = shownDay ? (days.get(shownDay) ?? []) : [];

    // A chosen time that is no longer free (taken meanwhile, or another product) is dropped.
    const stale = !typed && Boolean(value) && slots !== undefined && !slots.some((slot) => slot.start === value);
    useEffect(() => {
        if (stale) onChange(null);
    }, [stale, onChange]);

    const switchTyping = (on: boolean) => {
        onChange(null);
        setTyping(on);
    };

    const chooseProduct = (id: string) => {
        setDay(null);
        onChange(null);
        onServiceChange?.(id);
    };

    return (
        <Stack spacing={2} data-testid="slot-picker">
            {onServiceChange && <ProductSelect value={serviceId} onChange={chooseProduct} disabled={disabled} />}
            {serviceId && !typed && (
                <>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        <Box sx={{ flex: 1 }}>
                            {isFetching && !slots ? (
                                <Typography variant="body2" color="text.secondary">
                                    {translate('app.slot.loading')}
                                </Typography>
                            ) : days.size === 0 ? (
                                <Alert severity="info">
                                    {translate('app.slot.no_days', { smart_count: pickerDays })}
                                </Alert>
                            ) : (
                                <DaySelect days={days} value={shownDay} onChange={setDay} disabled={disabled} />
                            )}
                        </Box>
                        <Tooltip title={translate('app.slot.refresh')} disableInteractive>
                            <span>
                                <IconButton
                                    aria-label={translate('app.slot.refresh')}
                                    onClick={() => void refetch()}
                                    disabled={disabled || isFetching}
                                >
                                    <RefreshIcon />
                                </IconButton>
                            </span>
                        </Tooltip>
                    </Stack>
                    {isFetching && <LinearProgress />}
                    {daySlots.length > 0 && (
                        <TimeButtons slots={daySlots} value={value} onChange={onChange} disabled={disabled} />
                    )}
                    <Typography variant="body2" color="text.secondary">
                        {translate('app.slot.public_rules')}{' '}
                        <Link component="button" type="button" onClick={() => switchTyping(true)} disabled={disabled}>
                            {translate('app.slot.type_time')}
                        </Link>
                    </Typography>
                </>
            )}
            {serviceId && typed && (
                <>
                    {!listable ? (
                        <Alert severity="info">{translate('app.slot.not_online')}</Alert>
                    ) : error ? (
                        <Alert severity="warning">{translate('app.slot.unavailable', { error: error.message })}</Alert>
                    ) : null}
                    <TypedTimeInput value={value} onChange={onChange} disabled={disabled} />
                    {listable && !error && (
                        <Link
                            component="button"
                            type="button"
                            onClick={() => switchTyping(false)}
                            disabled={disabled}
                            sx={{ alignSelf: 'flex-start' }}
                        >
                            {translate('app.slot.pick_from_list')}
                        </Link>
                    )}
                </>
            )}
            {value && (
                <Typography data-testid="slot-chosen" sx={{ fontWeight: 500 }}>
                    {translate('app.slot.chosen', { day: formatDay(slotDay(value)), time: slotTime(value) })}
                </Typography>
            )}
        </Stack>
    );
};
