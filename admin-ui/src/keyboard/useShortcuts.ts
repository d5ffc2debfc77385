import { useEffect, useRef } from 'react';
import { shortcuts, type ShortcutBindings, type ShortcutId } from './shortcuts';
import { isInsideWidget, isTyping } from './typing';

const idsFor = (key: string, bindings: ShortcutBindings) =>
    (Object.keys(bindings) as ShortcutId[]).filter((id) => (shortcuts[id].keys as readonly string[]).includes(key));

/**
 * Binds the page's shortcuts while the page is shown: one keydown listener on the document. Keys typed into a text
 * field stay there (Escape leaves a text box when the page binds leaveTextBox); keys with Ctrl, Alt or Cmd belong to
 * the browser; an open dialog or menu keeps its own keys.
 */
export const useShortcuts = (bindings: ShortcutBindings) => {
    const current = useRef(bindings);
    current.current = bindings;

    useEffect(() => {
        const onKeyDown = (event: KeyboardEvent) => {
            if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
            const typing = isTyping(event.target);
            if (typing && event.key !== 'Escape') return;
            if (!typing && (isInsideWidget(event.target) || document.querySelector('[role="dialog"]'))) return;
            for (const id of idsFor(event.key, current.current)) {
                if (typing && id !== 'leaveTextBox') continue;
                if (current.current[id]?.(event) !== false) {
                    event.preventDefault();
                    return;
                }
            }
        };
        document.addEventListener('keydown', onKeyDown);
        return () => document.removeEventListener('keydown', onKeyDown);
    }, []);
};

/** Escape in a text box of the page (not of a dialog or a drop-down): leave it, so letters are shortcuts again. */
export const leaveTextBox = (event: KeyboardEvent) => {
    if (!isTyping(event.target) || isInsideWidget(event.target) || !(event.target instanceof HTMLElement)) return false;
    event.target.blur();
};
