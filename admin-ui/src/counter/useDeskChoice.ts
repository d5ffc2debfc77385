import { useCallback, useState } from 'react';

/** The location and desk this browser calls visitors for. */
export interface DeskChoice {
    locationId: string | null;
    deskId: string | null;
}

const storageKey = 'voordeur.counter.desk';
const none: DeskChoice = { locationId: null, deskId: null };

const read = (): DeskChoice => {
    try {
        const stored = JSON.parse(window.localStorage.getItem(storageKey) ?? 'null') as Partial<DeskChoice> | null;
        return { locationId: stored?.locationId ?? null, deskId: stored?.deskId ?? null };
    } catch {
        return none;
    }
};

/**
 * Kept in localStorage itself rather than react-admin's store, which is
 * emptied at every logout: the computer stands at one desk, whoever logs in.
 */
export const useDeskChoice = () => {
    const [choice, setChoice] = useState<DeskChoice>(read);
    const change = useCallback((next: DeskChoice) => {
        setChoice(next);
        try {
            window.localStorage.setItem(storageKey, JSON.stringify(next));
        } catch {
            // Private mode or full storage: remembered for this visit only.
        }
    }, []);
    return [choice, change] as const;
};
