/**
 * The tickets of the list the agent last looked at, in its order, so `j`/`k` on a ticket page go to the next or
 * previous ticket of that list. Per browser tab (sessionStorage): two tabs can hold two different lists.
 */
const key = 'voordeur.ticketSequence';

export const rememberTicketSequence = (ids: string[]) => {
    try {
        sessionStorage.setItem(key, JSON.stringify(ids));
    } catch {
        // storage full or refused: j/k on the ticket page then find no neighbour, nothing else breaks
    }
};

const rememberedSequence = (): string[] => {
    try {
        const ids: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
        return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
    } catch {
        return [];
    }
};

/** The ticket `step` places after (1) or before (-1) this one in the remembered list; undefined at either end. */
export const neighbourTicket = (id: string, step: 1 | -1) => {
    const ids = rememberedSequence();
    const index = ids.indexOf(id);
    return index < 0 ? undefined : ids[index + step];
};
