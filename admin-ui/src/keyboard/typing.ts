/** True while the user types: a shortcut letter must then go into the text, never trigger an action. */
export const isTyping = (target: EventTarget | null) => {
    if (!(target instanceof HTMLElement)) return false;
    if (target.isContentEditable) return true;
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
    if (target instanceof HTMLInputElement)
        return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
    return false;
};

/**
 * Menus, list boxes and dialogs handle keys of their own (typing a letter in a menu jumps to an item); the page's
 * shortcuts stay out of their way.
 */
export const isInsideWidget = (target: EventTarget | null) =>
    target instanceof Element &&
    target.closest('[role="menu"], [role="listbox"], [role="dialog"], [role="combobox"]') !== null;
