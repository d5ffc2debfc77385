import { Grid, Typography } from '@mui/material';
import {
    Edit,
    SimpleForm,
    TextInput,
    maxLength,
    minLength,
    required,
    useRecordContext,
    useTranslate,
} from 'react-admin';
import { useVersionConflict } from '../common/conflict/useVersionConflict';
import type { NotificationTemplate } from '../types';
import { PlaceholderHelp } from './PlaceholderHelp';
import { TemplatePreview } from './TemplatePreview';
import { TemplateTitle } from './TemplateTitle';
import { TemplateToolbar } from './TemplateToolbar';

// The server's limits.
const validateSubject = [required(), minLength(3), maxLength(200)];
const validateBody = [required(), minLength(10), maxLength(5000)];

const When = () => {
    const template = useRecordContext<NotificationTemplate>();
    const translate = useTranslate();
    if (!template) return null;
    return (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate(`app.template.when.${template.key}`, { _: '' })}
        </Typography>
    );
};

/** The wording on the left, the live preview on the right (below on narrow screens). */
export const NotificationTemplateEdit = () => {
    const conflict = useVersionConflict('notification-templates');
    return (
        <>
            {conflict.dialog}
            <Edit
                mutationMode="pessimistic"
                redirect="list"
                title={<TemplateTitle />}
                mutationOptions={{ onError: conflict.onError }}
            >
                <SimpleForm toolbar={<TemplateToolbar />}>
                    <Grid container spacing={3} sx={{ width: '100%' }}>
                        <Grid size={{ xs: 12, lg: 6 }}>
                            <When />
                            <TextInput source="subject" validate={validateSubject} fullWidth />
                            <TextInput source="body" validate={validateBody} multiline minRows={10} fullWidth />
                            <PlaceholderHelp />
                        </Grid>
                        <Grid size={{ xs: 12, lg: 6 }}>
                            <TemplatePreview />
                        </Grid>
                    </Grid>
                </SimpleForm>
            </Edit>
        </>
    );
};
