import { Card, Grid, Stack } from '@mui/material';
import { Edit, useRecordContext } from 'react-admin';
import { ClosuresCard } from '../schedule/ClosuresCard';
import { DepartmentHoursCard } from '../schedule/DepartmentHoursCard';
import type { Department } from '../types';
import { DepartmentForm } from './DepartmentForm';

/** Opening hours and closures are saved on their own, so they sit beside the form, not in it. */
const DepartmentSchedule = () => {
    const department = useRecordContext<Department>();
    if (!department) return null;
    return (
        <Stack spacing={2}>
            <DepartmentHoursCard departmentId={department.id} />
            <ClosuresCard departmentId={department.id} />
        </Stack>
    );
};

export const DepartmentEdit = () => (
    <Edit mutationMode="pessimistic" redirect="list" component="div">
        <Grid container spacing={2} sx={{ mb: 2 }}>
            <Grid size={{ xs: 12, lg: 5 }}>
                <Card>
                    <DepartmentForm />
                </Card>
            </Grid>
            <Grid size={{ xs: 12, lg: 7 }}>
                <DepartmentSchedule />
            </Grid>
        </Grid>
    </Edit>
);
