import SaveIcon from '@mui/icons-material/Save';
import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Loading, Title, useNotify, useTranslate } from 'react-admin';
import { getSignature, saveSignature } from './signatureApi';

/** Where each user writes the signature that the reply box puts under the sign-off. */
export const SignaturePage = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const queryClient = useQueryClient();
    const { data, error, isPending } = useQuery({ queryKey: ['profile', 'signature'], queryFn: getSignature });
    const [text, setText] = useState('');
    useEffect(() => setText(data?.signature ?? ''), [data]);
    const save = useMutation({
        mutationFn: () => saveSignature(text),
        onSuccess: (saved) => {
            queryClient.setQueryData(['profile', 'signature'], saved);
            // drafts already loaded carry the old signature
            queryClient.invalidateQueries({ queryKey: ['tickets'] });
            notify('app.signature.saved', { type: 'success' });
        },
        onError: (e: Error) => notify(e.message || 'ra.notification.http_error', { type: 'error' }),
    });
    return (
        <Card sx={{ mt: 2, maxWidth: 720 }}>
            <Title title="app.signature.title" />
            <CardContent>
                <Typography color="text.secondary" sx={{ mb: 2 }}>
                    {translate('app.signature.help')}
                </Typography>
                {isPending ? (
                    <Loading />
                ) : error ? (
                    <Alert severity="error">{error.message || translate('ra.notification.http_error')}</Alert>
                ) : (
                    <Stack spacing={2} alignItems="flex-start">
                        <TextField
                            label={translate('app.signature.label')}
                            value={text}
                            onChange={(event) => setText(event.target.value)}
                            helperText={translate('app.signature.default', {
                                text: data.defaultSignature.replace(/\n/g, ' · '),
                            })}
                            multiline
                            minRows={3}
                            fullWidth
                            slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'signature-input' } }}
                        />
                        <Button
                            variant="contained"
                            startIcon={<SaveIcon />}
                            onClick={() => save.mutate()}
                            disabled={save.isPending}
                        >
                            {translate('ra.action.save')}
                        </Button>
                    </Stack>
                )}
            </CardContent>
        </Card>
    );
};
