import { Card, CardContent, LinearProgress, List, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { Closure } from '../types';
import { ClosureAddForm } from './ClosureAddForm';
import { ClosureRow } from './ClosureRow';

/** Closure days of the municipality (departmentId null) or of one department. */
export const ClosuresCard = ({ departmentId }: { departmentId: string | null }) => {
    const translate = useTranslate();
    const { data: closures = [], isPending } = useGetList<Closure>('closures', {
        filter: departmentId ? { departmentId } : { municipality: true },
        sort: { field: 'startDate', order: 'ASC' },
        pagination: { page: 1, perPage: 500 },
    });
    return (
        <Card component="section" aria-label={translate('app.schedule.closures')} data-testid="closures">
            <CardContent>
                <Typography variant="h6" component="h2">
                    {translate('app.schedule.closures')}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                    {translate(
                        departmentId
                            ? 'app.schedule.closures_department_help'
                            : 'app.schedule.closures_municipality_help',
                    )}
                </Typography>
                {isPending ? (
                    <LinearProgress sx={{ mt: 2 }} />
                ) : closures.length ? (
                    <List dense>
                        {closures.map((closure) => (
                            <ClosureRow key={closure.id} closure={closure} />
                        ))}
                    </List>
                ) : (
                    <Typography sx={{ mt: 1 }} color="text.secondary">
                        {translate('app.schedule.no_closures')}
                    </Typography>
                )}
                <ClosureAddForm departmentId={departmentId} />
            </CardContent>
        </Card>
    );
};
