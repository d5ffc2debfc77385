import { Alert } from '@mui/material';
import { Link, useCloseNotification, useCreatePath, useTranslate } from 'react-admin';

/** Notification after a successful retry, with the way to the new ticket. */
export const TicketCreatedNotice = ({ ticketId }: { ticketId: string | null }) => {
    const translate = useTranslate();
    const createPath = useCreatePath();
    const close = useCloseNotification();
    return (
        <Alert
            severity="success"
            variant="filled"
            onClose={close}
            action={
                ticketId && (
                    <Link
                        to={createPath({ resource: 'tickets', id: ticketId, type: 'show' })}
                        onClick={close}
                        sx={{ color: 'inherit', fontWeight: 'bold', alignSelf: 'center', mr: 1 }}
                    >
                        {translate('app.quarantine.open_ticket')}
                    </Link>
                )
            }
        >
            {translate('app.quarantine.retried')}
        </Alert>
    );
};
