import { TextField, useRecordContext } from 'react-admin';
import type { Ticket } from '../types';
import { PresenceAvatars } from './PresenceAvatars';
import { usePresence } from './presence';

/** The subject in the ticket list, with who else has the ticket open (or is answering it) right behind it. */
export const SubjectWithPresence = (props: { source?: string }) => {
    const ticket = useRecordContext<Ticket>();
    const viewers = usePresence(ticket?.id);
    return (
        <>
            <TextField source={props.source ?? 'subject'} />
            {viewers.length > 0 && ' '}
            <PresenceAvatars viewers={viewers} />
        </>
    );
};
