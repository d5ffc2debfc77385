/** Fixed colours per channel, so a channel looks the same in every chart. */
export const channelColors: Record<string, string> = {
    web: '#1976d2',
    email: '#9c27b0',
    phone: '#2e7d32',
    sms: '#ed6c02',
    counter: '#0288d1',
    open311: '#6d4c41',
    whatsapp: '#25d366',
    online: '#1976d2',
    walk_in: '#f9a825',
};

const spare = ['#5c6bc0', '#26a69a', '#ef5350', '#8d6e63', '#78909c'];

export const colorOf = (key: string, index: number) => channelColors[key] ?? spare[index % spare.length];
