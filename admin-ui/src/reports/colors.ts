import { channelEntry, ticketChannels } from '../channels';

/** Fixed colours per channel, so a channel looks the same in every chart. */
export const channelColors: Record<string, string> = {
    ...Object.fromEntries(ticketChannels.map((c) => [c, channelEntry(c).color])),
    // appointment channels
    online: '#1976d2',
    walk_in: '#f9a825',
};

const spare = ['#5c6bc0', '#26a69a', '#ef5350', '#8d6e63', '#78909c'];

export const colorOf = (key: string, index: number) => channelColors[key] ?? spare[index % spare.length];
