import { useEffect, useState } from 'react';

// Long enough not to ask the server at every keystroke, short enough to feel live.
const typingPause = 600;

/** The value once it stopped changing for a moment (a live preview asks the server only then). */
export const useDebounced = <T>(value: T, pause = typingPause) => {
    const [debounced, setDebounced] = useState(value);
    useEffect(() => {
        const timer = setTimeout(() => setDebounced(value), pause);
        return () => clearTimeout(timer);
    }, [value, pause]);
    return debounced;
};
