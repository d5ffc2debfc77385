import DeleteIcon from '@mui/icons-material/Delete';
import SaveIcon from '@mui/icons-material/BookmarkAdd';
import {
    Box,
    Button,
    ButtonGroup,
    Dialog,
    DialogActions,
    DialogContent,
    DialogTitle,
    Stack,
    TextField,
    Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useCreate, useDelete, useGetList, useListContext, useNotify, useTranslate } from 'react-admin';
import type { SavedFilter } from '../types';

type Filter = Record<string, unknown>;

/** One click each; "mine" and "nobody" are resolved by the server for whoever asks. */
const presets: { id: string; label: string; filter: Filter }[] = [
    { id: 'all', label: 'app.ticket_list.preset.all', filter: {} },
    { id: 'mine', label: 'app.ticket_list.preset.mine', filter: { assignee: 'me', unresolved: true } },
    { id: 'unassigned', label: 'app.ticket_list.preset.unassigned', filter: { assignee: 'nobody', unresolved: true } },
    { id: 'at_risk', label: 'app.ticket_list.preset.at_risk', filter: { sla: 'at_risk' } },
];

const normalised = (filter: Filter) =>
    JSON.stringify(
        Object.keys(filter)
            .sort()
            .map((key) => [key, filter[key]]),
    );
const sameFilter = (a: Filter, b: Filter) => normalised(a) === normalised(b);

/** Shows the inputs of every filter a view sets, so the agent sees what the view means and can change it. */
const shown = (filter: Filter) => Object.fromEntries(Object.keys(filter).map((key) => [key, true]));

const SaveFilterDialog = ({ filter, onClose }: { filter: Filter; onClose: () => void }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const [name, setName] = useState('');
    const [create, { isPending }] = useCreate<SavedFilter>();
    const save = (event: FormEvent) => {
        event.preventDefault();
        if (!name.trim()) return;
        create(
            'saved-filters',
            { data: { name: name.trim(), filter } },
            {
                onSuccess: () => {
                    notify('app.ticket_list.saved', { type: 'success', messageArgs: { name: name.trim() } });
                    onClose();
                },
                onError: (error) => notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
            },
        );
    };
    return (
        <Dialog open onClose={onClose} aria-labelledby="save-filter-title">
            <form onSubmit={save}>
                <DialogTitle id="save-filter-title">{translate('app.ticket_list.save_title')}</DialogTitle>
                <DialogContent>
                    <TextField
                        autoFocus
                        margin="dense"
                        label={translate('app.ticket_list.filter_name')}
                        value={name}
                        onChange={(event) => setName(event.target.value)}
                        slotProps={{ htmlInput: { maxLength: 80, 'data-testid': 'saved-filter-name' } }}
                        fullWidth
                        required
                    />
                </DialogContent>
                <DialogActions>
                    <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
                    <Button
                        type="submit"
                        variant="contained"
                        disabled={isPending || !name.trim()}
                        data-testid="saved-filter-save"
                    >
                        {translate('ra.action.save')}
                    </Button>
                </DialogActions>
            </form>
        </Dialog>
    );
};

const SavedFilterButton = ({ saved, active, apply }: { saved: SavedFilter; active: boolean; apply: () => void }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const [remove, { isPending }] = useDelete<SavedFilter>();
    return (
        <ButtonGroup size="small" variant={active ? 'contained' : 'outlined'} data-testid="saved-filter">
            <Button onClick={apply} aria-pressed={active} sx={{ textTransform: 'none' }}>
                {saved.name}
            </Button>
            <Button
                aria-label={translate('app.ticket_list.delete_saved', { name: saved.name })}
                disabled={isPending}
                onClick={() =>
                    remove(
                        'saved-filters',
                        { id: saved.id, previousData: saved },
                        {
                            mutationMode: 'pessimistic',
                            onSuccess: () =>
                                notify('app.ticket_list.deleted', { type: 'info', messageArgs: { name: saved.name } }),
                            onError: (error) =>
                                notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
                        },
                    )
                }
            >
                <DeleteIcon fontSize="small" />
            </Button>
        </ButtonGroup>
    );
};

/** The list's views: presets and the agent's own saved filters, each one click; the current filter can be saved. */
export const TicketViews = () => {
    const translate = useTranslate();
    const { filterValues, setFilters } = useListContext();
    const [saving, setSaving] = useState(false);
    const { data: saved } = useGetList<SavedFilter>('saved-filters', {
        pagination: { page: 1, perPage: 50 },
        sort: { field: 'name', order: 'ASC' },
    });
    const current: Filter = filterValues ?? {};
    const apply = (filter: Filter) => setFilters(filter, shown(filter));

    return (
        <Box
            component="nav"
            aria-label={translate('app.ticket_list.views')}
            sx={{ px: 1, py: 1 }}
            data-testid="ticket-views"
        >
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
                {presets.map((preset) => {
                    const active = sameFilter(current, preset.filter);
                    return (
                        <Button
                            key={preset.id}
                            size="small"
                            variant={active ? 'contained' : 'outlined'}
                            aria-pressed={active}
                            onClick={() => apply(preset.filter)}
                            data-testid={`preset-${preset.id}`}
                            sx={{ textTransform: 'none' }}
                        >
                            {translate(preset.label)}
                        </Button>
                    );
                })}
                {saved && saved.length > 0 && (
                    <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                        {translate('app.ticket_list.saved_filters')}
                    </Typography>
                )}
                {saved?.map((filter) => (
                    <SavedFilterButton
                        key={filter.id}
                        saved={filter}
                        active={sameFilter(current, filter.filter)}
                        apply={() => apply(filter.filter)}
                    />
                ))}
                <Button
                    size="small"
                    startIcon={<SaveIcon />}
                    onClick={() => setSaving(true)}
                    disabled={Object.keys(current).length === 0}
                    data-testid="save-filter"
                    sx={{ textTransform: 'none', ml: 'auto' }}
                >
                    {translate('app.ticket_list.save')}
                </Button>
            </Stack>
            {saving && <SaveFilterDialog filter={current} onClose={() => setSaving(false)} />}
        </Box>
    );
};
