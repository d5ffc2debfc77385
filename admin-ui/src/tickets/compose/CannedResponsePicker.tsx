import { Autocomplete, Box, Dialog, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useId } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import type { CannedResponse } from '../../types';

/**
 * Finds a canned reply by its title: a combobox (arrows move, Enter picks, Escape closes the whole picker) in a
 * small dialog that gives focus back to the compose box when it closes.
 */
export const CannedResponsePicker = ({
    open,
    language,
    onPick,
    onClose,
}: {
    open: boolean;
    language?: 'nl' | 'en';
    onPick: (canned: CannedResponse) => void;
    onClose: () => void;
}) => {
    const translate = useTranslate();
    const titleId = useId();
    const { data = [], isPending } = useGetList<CannedResponse>(
        'canned-responses',
        { pagination: { page: 1, perPage: 200 }, sort: { field: 'title', order: 'ASC' } },
        { enabled: open },
    );
    const preview = (c: CannedResponse) => ((language === 'en' && c.bodyEn) || c.bodyNl).slice(0, 90);
    return (
        <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
            <DialogTitle id={titleId}>{translate('app.compose.canned_title')}</DialogTitle>
            <DialogContent>
                <Autocomplete
                    options={data}
                    loading={isPending}
                    getOptionLabel={(c) => c.title}
                    onChange={(_event, value) => value && onPick(value)}
                    openOnFocus
                    autoHighlight
                    onKeyDown={(event) => {
                        // one Escape closes the picker, not only its list
                        if (event.key === 'Escape') {
                            (event as unknown as { defaultMuiPrevented: boolean }).defaultMuiPrevented = true;
                            onClose();
                        }
                    }}
                    noOptionsText={translate('app.compose.canned_none')}
                    loadingText={translate('ra.page.loading')}
                    renderOption={({ key, ...props }, c) => (
                        <Box component="li" key={key} {...props} sx={{ display: 'block !important' }}>
                            <Typography variant="body1">{c.title}</Typography>
                            <Typography variant="body2" color="text.secondary" noWrap>
                                {preview(c)}
                            </Typography>
                        </Box>
                    )}
                    renderInput={(params) => (
                        <TextField
                            {...params}
                            autoFocus
                            label={translate('app.compose.canned_search')}
                            helperText={translate('app.compose.canned_help')}
                            margin="dense"
                        />
                    )}
                />
            </DialogContent>
        </Dialog>
    );
};
