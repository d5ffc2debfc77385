import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import { ListSubheader, Menu, MenuItem, Tooltip } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { Button, useGetOne, useRecordContext, useStore, useTranslate } from 'react-admin';
import type { CallBackParams } from '../providers/dataProvider';
import type { Contact, Ticket } from '../types';
import { AgentPhoneDialog } from './AgentPhoneDialog';
import { agentPhoneError, useCallBack } from './useCallBack';

/**
 * "Terugbellen": Twilio rings the agent's phone, then the citizen's. With
 * several numbers the agent picks one; without a phone on their profile
 * they are asked where to be rung, and the call-back is tried again.
 */
export const CallBackButton = () => {
    const ticket = useRecordContext<Ticket>();
    const translate = useTranslate();
    const contactId = ticket?.contactId ?? null;
    const { data: contact } = useGetOne<Contact>('contacts', { id: contactId ?? '' }, { enabled: Boolean(contactId) });
    const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
    // The call-back waiting for the agent's number, and what the server said about the last one tried.
    const [asking, setAsking] = useState<{ params: CallBackParams; error?: string } | null>(null);
    const [lastAgentPhone, setLastAgentPhone] = useStore('callback.agentPhone', '');

    const { mutate, isPending } = useCallBack(String(ticket?.id ?? ''), (params, error) =>
        // The first refusal only says the number is missing; after a typed number, show why it was refused.
        setAsking({ params, error: params.agentPhone ? error : undefined }),
    );

    if (!ticket) return null;
    const phones = contact?.phones ?? [];
    const noPhone = !contactId || (contact !== undefined && phones.length === 0);

    const start = (params: CallBackParams) =>
        mutate(params, {
            onSuccess: () => setAsking(null),
            // Any other refusal (Twilio not set up, no number for the citizen) was notified: nothing left to ask.
            onError: (error) => {
                if (agentPhoneError(error) === undefined) setAsking(null);
            },
        });

    const onClick = (event: MouseEvent<HTMLElement>) => {
        if (phones.length > 1) setMenuAnchor(event.currentTarget);
        else start({});
    };

    const pickNumber = (citizenPhone: string) => {
        setMenuAnchor(null);
        start({ citizenPhone });
    };

    const callWith = (agentPhone: string) => {
        setLastAgentPhone(agentPhone);
        if (asking) start({ ...asking.params, agentPhone });
    };

    return (
        <>
            <Tooltip title={noPhone ? translate('app.callback.no_phone') : ''}>
                {/* A disabled button fires no events; the span keeps the tooltip working. */}
                <span>
                    <Button
                        label="app.callback.button"
                        onClick={onClick}
                        disabled={noPhone || isPending}
                        data-testid="callback"
                    >
                        <PhoneCallbackIcon />
                    </Button>
                </span>
            </Tooltip>
            <Menu anchorEl={menuAnchor} open={Boolean(menuAnchor)} onClose={() => setMenuAnchor(null)}>
                <ListSubheader>{translate('app.callback.choose_number')}</ListSubheader>
                {phones.map((phone) => (
                    <MenuItem key={phone} onClick={() => pickNumber(phone)}>
                        {phone}
                    </MenuItem>
                ))}
            </Menu>
            <AgentPhoneDialog
                open={asking !== null}
                initial={asking?.params.agentPhone ?? lastAgentPhone}
                error={asking?.error}
                pending={isPending}
                onCall={callWith}
                onClose={() => setAsking(null)}
            />
        </>
    );
};
