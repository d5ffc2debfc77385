import SearchIcon from '@mui/icons-material/Search';
import {
    Alert,
    Button,
    InputAdornment,
    LinearProgress,
    List,
    ListItem,
    ListItemButton,
    ListItemText,
    Stack,
    TextField,
    Typography,
} from '@mui/material';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RecordContextProvider, useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useFormatDateTime } from '../common/dates';
import { StatusChip } from '../tickets/StatusChip';
import type { Ticket } from '../types';
import { DashboardCard } from './DashboardCard';

const shown = 8;
const typingPauseMs = 300;

const ticketsListWith = (q: string) =>
    q ? `/tickets?filter=${encodeURIComponent(JSON.stringify({ q }))}` : '/tickets';

/**
 * The newest tickets, with the same search as the tickets list (subject,
 * messages, reference, citizen): from the landing page straight to a ticket.
 */
export const RecentTicketsCard = () => {
    const translate = useTranslate();
    const formatDateTime = useFormatDateTime();
    const [typed, setTyped] = useState('');
    const [q, setQ] = useState('');
    useEffect(() => {
        const timer = window.setTimeout(() => setQ(typed.trim()), typingPauseMs);
        return () => window.clearTimeout(timer);
    }, [typed]);
    const {
        data = [],
        total,
        isPending,
        isFetching,
        error,
    } = useGetList<Ticket>(
        'tickets',
        {
            filter: q ? { q } : {},
            sort: { field: 'createdAt', order: 'DESC' },
            pagination: { page: 1, perPage: shown },
        },
        { placeholderData: keepPreviousData },
    );
    return (
        <DashboardCard
            title={q ? 'app.dashboard.found_tickets' : 'app.dashboard.recent_tickets'}
            wide
            testId="dashboard-tickets"
        >
            <TextField
                size="small"
                fullWidth
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                placeholder={translate('app.dashboard.search')}
                slotProps={{
                    htmlInput: { 'aria-label': translate('app.dashboard.search'), 'data-testid': 'ticket-search' },
                    input: {
                        startAdornment: (
                            <InputAdornment position="start">
                                <SearchIcon fontSize="small" />
                            </InputAdornment>
                        ),
                    },
                }}
            />
            <LinearProgress sx={{ mt: 1, visibility: isFetching ? 'visible' : 'hidden' }} />
            {error ? (
                <Alert severity="error">{error.message}</Alert>
            ) : isPending ? null : data.length === 0 ? (
                <Typography color="text.secondary" sx={{ mt: 1 }}>
                    {translate(q ? 'app.dashboard.no_tickets_found' : 'app.dashboard.no_tickets')}
                </Typography>
            ) : (
                <List dense disablePadding>
                    {data.map((ticket) => (
                        <RecordContextProvider key={ticket.id} value={ticket}>
                            {/* a list holds list items: the link goes inside one */}
                            <ListItem disablePadding>
                                <ListItemButton component={Link} to={`/tickets/${ticket.id}/show`} divider>
                                    <ListItemText
                                        primary={ticket.subject}
                                        secondary={[
                                            ticket.reference,
                                            ticket.contactName,
                                            formatDateTime(ticket.createdAt),
                                        ]
                                            .filter(Boolean)
                                            .join(' · ')}
                                    />
                                    <StatusChip />
                                </ListItemButton>
                            </ListItem>
                        </RecordContextProvider>
                    ))}
                </List>
            )}
            <Stack direction="row" sx={{ mt: 1, justifyContent: 'flex-end' }}>
                <Button component={Link} to={ticketsListWith(q)} size="small">
                    {translate('app.dashboard.all_tickets', { smart_count: total ?? 0 })}
                </Button>
            </Stack>
        </DashboardCard>
    );
};
