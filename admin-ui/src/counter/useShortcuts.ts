import { useEffect, useLayoutEffect, useRef } from 'react';

/** A letter and what it does; undefined while the action is not possible. */
export type Shortcuts = Record<string, (() => void) | undefined>;

// Typing in a field, or working in a dialog or an open list, is not a shortcut.
const busyTarget = (target: EventTarget | null) =>
    target instanceof HTMLElement &&
    (target.isContentEditable ||
        ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
        Boolean(target.closest('[role="dialog"], [role="listbox"], [role="menu"]')));

/**
 * One-letter shortcuts for the desk's buttons (V, O, S, K, N, D), so a
 * clerk works the queue without the mouse. Not while typing, not with
 * Ctrl, Alt or the Meta key, and not while `enabled` is false (a dialog).
 */
export const useShortcuts = (shortcuts: Shortcuts, enabled: boolean) => {
    const latest = useRef(shortcuts);
    useLayoutEffect(() => {
        latest.current = shortcuts;
    });
    useEffect(() => {
        if (!enabled) return;
        const onKeyDown = (event: KeyboardEvent) => {
            if (event.ctrlKey || event.altKey || event.metaKey || event.repeat || busyTarget(event.target)) return;
            const action = latest.current[event.key.toLowerCase()];
            if (!action) return;
            event.preventDefault();
            action();
        };
        window.addEventListener('keydown', onKeyDown);
        return () => window.removeEventListener('keydown', onKeyDown);
    }, [enabled]);
};
