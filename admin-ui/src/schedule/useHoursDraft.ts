import { useEffect, useState } from 'react';
import type { OpeningBlock } from '../types';
import { blockProblems, sameBlocks } from './weekBlocks';

const none: OpeningBlock[] = [];

/**
 * The week being edited next to the saved one. The draft follows the saved
 * week whenever that changes (first load, after saving), so a save shows
 * what the server kept.
 */
export const useHoursDraft = (saved: OpeningBlock[] | undefined) => {
    const [draft, setDraft] = useState<OpeningBlock[]>(saved ?? none);
    const savedKey = JSON.stringify(saved ?? none);
    useEffect(() => {
        setDraft(JSON.parse(savedKey) as OpeningBlock[]);
    }, [savedKey]);
    return {
        draft,
        setDraft,
        dirty: !sameBlocks(draft, saved ?? none),
        valid: blockProblems(draft).size === 0,
        reset: () => setDraft(saved ?? none),
    };
};
