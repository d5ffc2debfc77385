import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useNotify, useStore, useTranslate } from 'react-admin';
import { notificationsSupported } from './alerts';

const Toggle = ({ on, label, onToggle }: { on: boolean; label: string; onToggle: () => void }) => (
    <MenuItem role="menuitemcheckbox" aria-checked={on} onClick={onToggle}>
        <ListItemIcon>
            {on ? <CheckBoxIcon fontSize="small" /> : <CheckBoxOutlineBlankIcon fontSize="small" />}
        </ListItemIcon>
        <ListItemText>{label}</ListItemText>
    </MenuItem>
);

/** In the user menu: a short tone for each new ticket; off until switched on, remembered per browser. */
export const NewTicketSoundMenuItem = () => {
    const translate = useTranslate();
    const [sound, setSound] = useStore('live.sound', false);
    return <Toggle on={sound} label={translate('app.live.sound')} onToggle={() => setSound(!sound)} />;
};

/**
 * In the user menu: a browser notification for each new ticket; off until switched on, remembered per browser. The
 * browser asks its own permission the first time.
 */
export const NewTicketNotificationMenuItem = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const [notification, setNotification] = useStore('live.notification', false);
    const toggle = async () => {
        if (notification) return setNotification(false);
        if (!notificationsSupported()) return notify('app.live.notification_unsupported', { type: 'warning' });
        const permission =
            Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
        if (permission !== 'granted') return notify('app.live.notification_denied', { type: 'warning' });
        setNotification(true);
    };
    return <Toggle on={notification} label={translate('app.live.notification')} onToggle={() => void toggle()} />;
};
