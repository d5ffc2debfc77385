export const languageChoices = [
    { id: 'nl', name: 'app.language.nl' },
    { id: 'en', name: 'app.language.en' },
];

export const roleChoices = [
    { id: 'admin', name: 'app.role.admin' },
    { id: 'agent', name: 'app.role.agent' },
    { id: 'staff', name: 'app.role.staff' },
];

export const preferredChannelChoices = [
    { id: 'email', name: 'app.preferred_channel.email' },
    { id: 'sms', name: 'app.preferred_channel.sms' },
    { id: 'whatsapp', name: 'app.preferred_channel.whatsapp' },
];
