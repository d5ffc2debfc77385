/**
 * Every keyboard shortcut of the console, once: its keys (as KeyboardEvent.key) and the words that explain it.
 * Pages bind handlers to these ids with useShortcuts; the help dialog lists exactly the ids a page bound.
 */
export const shortcuts = {
    next: { keys: ['j', 'ArrowDown'], label: 'app.keyboard.next' },
    previous: { keys: ['k', 'ArrowUp'], label: 'app.keyboard.previous' },
    nextTicket: { keys: ['j'], label: 'app.keyboard.next_ticket' },
    previousTicket: { keys: ['k'], label: 'app.keyboard.previous_ticket' },
    open: { keys: ['Enter'], label: 'app.keyboard.open' },
    reply: { keys: ['r'], label: 'app.keyboard.reply' },
    note: { keys: ['n'], label: 'app.keyboard.note' },
    resolve: { keys: ['e'], label: 'app.keyboard.resolve' },
    assignToMe: { keys: ['a'], label: 'app.keyboard.assign_to_me' },
    search: { keys: ['/'], label: 'app.keyboard.search' },
    leaveTextBox: { keys: ['Escape'], label: 'app.keyboard.leave_text_box' },
    help: { keys: ['?'], label: 'app.keyboard.help' },
} as const satisfies Record<string, { keys: readonly string[]; label: string }>;

export type ShortcutId = keyof typeof shortcuts;

/**
 * What a bound shortcut does; it receives the key event and answers false when it did not apply here (an arrow key
 * while no ticket row has focus), so the browser does what it normally does with the key.
 */
export type ShortcutHandler = (event: KeyboardEvent) => boolean | void;

export type ShortcutBindings = Partial<Record<ShortcutId, ShortcutHandler>>;
