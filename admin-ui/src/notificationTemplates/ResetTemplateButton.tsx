import RestoreIcon from '@mui/icons-material/Restore';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { NotificationTemplate } from '../types';
import { resetTemplate } from './templatesApi';
import { useTemplateName } from './useTemplateName';

/** Drops the custom wording (DELETE); only shown while there is one. */
export const ResetTemplateButton = () => {
    const template = useRecordContext<NotificationTemplate>();
    const templateName = useTemplateName();
    const notify = useNotify();
    const queryClient = useQueryClient();
    const { reset } = useFormContext();
    const [open, setOpen] = useState(false);

    const { mutate, isPending } = useMutation({
        mutationFn: (id: string) => resetTemplate(id),
        onSuccess: async (restored: NotificationTemplate) => {
            setOpen(false);
            // The built-in text becomes the form's unchanged state, also over unsaved typing.
            reset(restored);
            notify('app.template.reset_done', { type: 'success' });
            await queryClient.invalidateQueries({ queryKey: ['notification-templates'] });
        },
        onError: (error: Error) => {
            setOpen(false);
            notify(error.message || 'ra.notification.http_error', { type: 'error' });
        },
    });

    if (!template?.custom) return null;
    return (
        <>
            <Button
                label="app.template.reset"
                color="warning"
                onClick={() => setOpen(true)}
                disabled={isPending}
                data-testid="template-reset"
            >
                <RestoreIcon />
            </Button>
            <Confirm
                isOpen={open}
                loading={isPending}
                title="app.template.reset_title"
                content="app.template.reset_content"
                translateOptions={{ name: templateName(template) }}
                confirm="app.template.reset"
                confirmColor="warning"
                onConfirm={() => mutate(template.id)}
                onClose={() => setOpen(false)}
            />
        </>
    );
};
