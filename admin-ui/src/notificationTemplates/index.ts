import MailOutlineIcon from '@mui/icons-material/MailOutline';
import type { ResourceProps } from 'react-admin';
import { NotificationTemplateEdit } from './NotificationTemplateEdit';
import { NotificationTemplateList } from './NotificationTemplateList';

export const notificationTemplates: Omit<ResourceProps, 'name'> = {
    list: NotificationTemplateList,
    edit: NotificationTemplateEdit,
    icon: MailOutlineIcon,
};
