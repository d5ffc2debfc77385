import { replyChannels } from '../channels';

export const languageChoices = [
    { id: 'nl', name: 'app.language.nl' },
    { id: 'en', name: 'app.language.en' },
];

export const roleChoices = [
    { id: 'admin', name: 'app.role.admin' },
    { id: 'agent', name: 'app.role.agent' },
    { id: 'staff', name: 'app.role.staff' },
];

export const preferredChannelChoices = replyChannels.map((id) => ({ id, name: `app.preferred_channel.${id}` }));
