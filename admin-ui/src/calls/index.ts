import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import type { ResourceProps } from 'react-admin';
import { CallList } from './CallList';
import { CallShow } from './CallShow';

/** Read-only: calls are logged by the server as Twilio reports them. */
export const calls: Omit<ResourceProps, 'name'> = {
    list: CallList,
    show: CallShow,
    icon: PhoneInTalkIcon,
};
