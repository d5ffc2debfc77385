import { Alert, Box, LinearProgress } from '@mui/material';
import { useTranslate } from 'react-admin';
import { brusselsToday } from '../common/dates';
import { useProductName } from '../products/productName';
import { DeskColumn } from './DeskColumn';
import { planningRefreshMs, usePlanning } from './usePlanning';
import { useNow } from './useNow';

/**
 * A column per desk of the location, the day's appointments in each;
 * with many desks the columns wrap onto a next row.
 * Inactive desks only show when something is booked on them; appointments
 * on a desk that is not here (moved away) get a column of their own.
 */
export const DeskBoard = ({ locationId, day }: { locationId: string; day: string }) => {
    const translate = useTranslate();
    const name = useProductName();
    const now = useNow(planningRefreshMs);
    const { desks, appointments, products } = usePlanning(locationId, day);
    const today = day === brusselsToday();

    if (desks.isPending || appointments.isPending) return <LinearProgress sx={{ mt: 2 }} />;
    const error = desks.error ?? appointments.error;
    if (error)
        return (
            <Alert severity="error" sx={{ mt: 2 }}>
                {error.message}
            </Alert>
        );

    const rows = appointments.data ?? [];
    const productById = new Map((products.data ?? []).map((product) => [product.id, product]));
    const productName = (id: string) => {
        const product = productById.get(id);
        return product ? name(product) : '…';
    };
    const shown = (desks.data ?? []).filter((desk) => desk.active || rows.some((row) => row.deskId === desk.id));
    const elsewhere = rows.filter((row) => !shown.some((desk) => desk.id === row.deskId));

    if (shown.length === 0 && elsewhere.length === 0) {
        return (
            <Alert severity="info" sx={{ mt: 2 }}>
                {translate('app.planning.no_desks')}
            </Alert>
        );
    }
    return (
        <Box
            sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mt: 2, pb: 2 }}
            data-testid="planning-board"
        >
            {shown.map((desk) => (
                <DeskColumn
                    key={desk.id}
                    desk={desk}
                    appointments={rows.filter((row) => row.deskId === desk.id)}
                    products={products.data ?? []}
                    productName={productName}
                    today={today}
                    now={now}
                />
            ))}
            {elsewhere.length > 0 && (
                <DeskColumn appointments={elsewhere} products={[]} productName={productName} today={today} now={now} />
            )}
        </Box>
    );
};
