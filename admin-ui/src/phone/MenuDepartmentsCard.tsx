import { Card, CardContent, Typography } from '@mui/material';
import { Form, SaveButton, usePermissions, useTranslate } from 'react-admin';
import { DepartmentInput } from '../departments/DepartmentInput';
import type { MenuDepartments, PhoneLine, PhoneLineChange, Role } from '../types';
import { useUpdatePhoneLine } from './usePhoneLine';

/** In menu order: key 1, key 2, key 0. */
const menuKeys: { source: keyof MenuDepartments; label: string; help: string }[] = [
    {
        source: 'appointmentsDepartmentId',
        label: 'app.phone.key_appointments',
        help: 'app.phone.key_appointments_help',
    },
    { source: 'reportsDepartmentId', label: 'app.phone.key_reports', help: 'app.phone.key_reports_help' },
    { source: 'agentsDepartmentId', label: 'app.phone.key_agents', help: 'app.phone.key_agents_help' },
];

// A cleared select yields '' (or undefined); the server wants null.
const departmentId = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

const toChange = (values: Record<string, unknown>): PhoneLineChange =>
    Object.fromEntries(menuKeys.map(({ source }) => [source, departmentId(values[source])]));

/** Which department each key of the phone menu reaches; only administrators change it. */
export const MenuDepartmentsCard = ({ line }: { line: PhoneLine }) => {
    const translate = useTranslate();
    const { permissions } = usePermissions<{ role: Role }>();
    const isAdmin = permissions?.role === 'admin';
    const { mutateAsync } = useUpdatePhoneLine();
    const record: MenuDepartments = {
        appointmentsDepartmentId: line.appointmentsDepartmentId,
        reportsDepartmentId: line.reportsDepartmentId,
        agentsDepartmentId: line.agentsDepartmentId,
    };

    const save = async (values: Record<string, unknown>) => {
        // Errors are notified by the mutation; the form stays as typed.
        await mutateAsync({ changes: toChange(values), successMessage: 'app.phone.menu_saved' }).catch(() => undefined);
    };

    return (
        <Card component="section" aria-label={translate('app.phone.menu')}>
            <CardContent>
                <Typography variant="h6" component="h2">
                    {translate('app.phone.menu')}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                    {translate('app.phone.menu_help')}
                </Typography>
                {/* Built anew after a save, so the saved choice is the form's new starting point. */}
                <Form key={JSON.stringify(record)} record={{ id: 'line', ...record }} onSubmit={save}>
                    {menuKeys.map(({ source, label, help }) => (
                        <DepartmentInput
                            key={source}
                            source={source}
                            label={label}
                            helperText={help}
                            emptyText="app.none"
                            disabled={!isAdmin}
                            fullWidth
                        />
                    ))}
                    {isAdmin ? (
                        <SaveButton label="app.phone.save_menu" />
                    ) : (
                        <Typography variant="body2" color="text.secondary">
                            {translate('app.phone.menu_admin_only')}
                        </Typography>
                    )}
                </Form>
            </CardContent>
        </Card>
    );
};
