import { Chip, MenuItem, TextField } from '@mui/material';
import { useGetList, usePermissions, useTranslate } from 'react-admin';
import type { Department, Role } from '../types';

interface DepartmentSelectProps {
    value: string[];
    onChange: (departmentIds: string[]) => void;
}

/**
 * Some departments, or (empty) all one may see. Department staff only get
 * their own to choose from: the server would leave the others out anyway.
 */
export const DepartmentSelect = ({ value, onChange }: DepartmentSelectProps) => {
    const translate = useTranslate();
    const { permissions } = usePermissions<{ role: Role; departmentIds: string[] }>();
    const { data = [] } = useGetList<Department>('departments', {
        sort: { field: 'name', order: 'ASC' },
        pagination: { page: 1, perPage: 500 },
    });
    const choices =
        permissions?.role === 'staff'
            ? data.filter((department) => permissions.departmentIds.includes(department.id))
            : data;
    const names = new Map(data.map((department) => [department.id, department.name]));
    return (
        <TextField
            select
            size="small"
            label={translate('app.report.departments')}
            helperText={translate('app.report.departments_help')}
            value={value}
            onChange={(event) => {
                const chosen = event.target.value as unknown as string[] | string;
                onChange(typeof chosen === 'string' ? chosen.split(',') : chosen);
            }}
            sx={{ minWidth: 260, maxWidth: 520 }}
            slotProps={{
                inputLabel: { shrink: true },
                select: {
                    multiple: true,
                    displayEmpty: true,
                    renderValue: (selected) => {
                        const ids = selected as string[];
                        if (ids.length === 0) return translate('app.report.all_departments');
                        return ids.map((id) => (
                            <Chip key={id} size="small" label={names.get(id) ?? '…'} sx={{ mr: 0.5 }} />
                        ));
                    },
                },
                htmlInput: { 'data-testid': 'report-departments' },
            }}
        >
            {choices.map((department) => (
                <MenuItem key={department.id} value={department.id}>
                    {department.name}
                </MenuItem>
            ))}
        </TextField>
    );
};
