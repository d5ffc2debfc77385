import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import DownloadIcon from '@mui/icons-material/Download';
import GavelIcon from '@mui/icons-material/Gavel';
import { Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
    Button,
    Confirm,
    usePermissions,
    useRecordContext,
    useRedirect,
    useRefresh,
    useNotify,
    useTranslate,
} from 'react-admin';
import type { Contact, Role } from '../types';
import { contactExportUrl, eraseContact, setContactLegalHold } from './privacyApi';

const errorMessage = (error: unknown) => (error as { message?: string })?.message || 'ra.notification.http_error';

/** Privacy rights of the citizen (GDPR access and erasure) and the legal hold that blocks erasure: admins only. */
export const useIsAdmin = () => {
    const { permissions } = usePermissions<{ role: Role }>();
    return permissions?.role === 'admin';
};

export const ContactLegalHoldAlert = () => {
    const contact = useRecordContext<Contact>();
    const translate = useTranslate();
    if (!contact?.legalHold) return null;
    return (
        <Box sx={{ px: 2, pt: 2 }}>
            <Alert severity="warning" icon={<GavelIcon />} data-testid="contact-legal-hold">
                {translate('app.privacy.legal_hold_alert', {
                    reason: contact.legalHoldReason || translate('app.privacy.no_reason'),
                })}
            </Alert>
        </Box>
    );
};

export const ContactPrivacyActions = () => {
    const contact = useRecordContext<Contact>();
    if (!useIsAdmin() || !contact) return null;
    return (
        <>
            <Button
                label="app.privacy.export"
                component="a"
                href={contactExportUrl(String(contact.id))}
                download
                data-testid="contact-export"
            >
                <DownloadIcon />
            </Button>
            <LegalHoldButton contact={contact} />
            <EraseButton contact={contact} />
        </>
    );
};

const EraseButton = ({ contact }: { contact: Contact }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const redirect = useRedirect();
    const [open, setOpen] = useState(false);
    const [pending, setPending] = useState(false);

    const erase = async () => {
        setPending(true);
        try {
            const { tickets } = await eraseContact(String(contact.id));
            setOpen(false);
            notify('app.privacy.erased', { type: 'success', messageArgs: { smart_count: tickets } });
            redirect('list', 'contacts');
        } catch (error) {
            setOpen(false);
            notify(errorMessage(error), { type: 'error' });
        } finally {
            setPending(false);
        }
    };

    return (
        <>
            <Button label="app.privacy.erase" color="error" onClick={() => setOpen(true)} data-testid="contact-erase">
                <DeleteForeverIcon />
            </Button>
            <Confirm
                isOpen={open}
                loading={pending}
                title={translate('app.privacy.erase_title', { name: contact.name || translate('app.none') })}
                content="app.privacy.erase_content"
                confirm="app.privacy.erase"
                confirmColor="warning"
                onConfirm={erase}
                onClose={() => setOpen(false)}
            />
        </>
    );
};

/** On hold: asks for the reason first. Lifting it: a plain confirmation. */
const LegalHoldButton = ({ contact }: { contact: Contact }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const [open, setOpen] = useState(false);
    const [reason, setReason] = useState('');
    const [pending, setPending] = useState(false);
    const held = !!contact.legalHold;

    const save = async () => {
        setPending(true);
        try {
            await setContactLegalHold(String(contact.id), !held, held ? undefined : reason.trim());
            setOpen(false);
            setReason('');
            notify(held ? 'app.privacy.hold_lifted' : 'app.privacy.hold_set', { type: 'success' });
            refresh();
        } catch (error) {
            notify(errorMessage(error), { type: 'error' });
        } finally {
            setPending(false);
        }
    };

    return (
        <>
            <Button
                label={held ? 'app.privacy.hold_lift' : 'app.privacy.hold_put'}
                onClick={() => setOpen(true)}
                data-testid="contact-legal-hold-button"
            >
                <GavelIcon />
            </Button>
            {held ? (
                <Confirm
                    isOpen={open}
                    loading={pending}
                    title="app.privacy.hold_lift"
                    content="app.privacy.hold_lift_content"
                    onConfirm={save}
                    onClose={() => setOpen(false)}
                />
            ) : (
                <Dialog
                    open={open}
                    onClose={() => setOpen(false)}
                    aria-labelledby="legal-hold-title"
                    fullWidth
                    maxWidth="sm"
                >
                    <DialogTitle id="legal-hold-title">{translate('app.privacy.hold_put')}</DialogTitle>
                    <DialogContent>
                        <Typography variant="body2" gutterBottom>
                            {translate('app.privacy.hold_put_content')}
                        </Typography>
                        <TextField
                            autoFocus
                            fullWidth
                            multiline
                            minRows={2}
                            margin="dense"
                            label={translate('app.privacy.hold_reason')}
                            value={reason}
                            onChange={(event) => setReason(event.target.value)}
                            slotProps={{ htmlInput: { 'data-testid': 'legal-hold-reason', maxLength: 500 } }}
                        />
                    </DialogContent>
                    <DialogActions>
                        <Button label="ra.action.cancel" onClick={() => setOpen(false)} disabled={pending} />
                        <Button
                            label="app.privacy.hold_put"
                            variant="contained"
                            onClick={save}
                            disabled={pending || !reason.trim()}
                            data-testid="legal-hold-save"
                        />
                    </DialogActions>
                </Dialog>
            )}
        </>
    );
};
