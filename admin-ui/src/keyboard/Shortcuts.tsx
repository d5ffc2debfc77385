import { useState } from 'react';
import { ShortcutHelpDialog } from './ShortcutHelpDialog';
import type { ShortcutBindings, ShortcutId } from './shortcuts';
import { useShortcuts } from './useShortcuts';

/**
 * A page's keyboard shortcuts: binds them, adds `?` for the help dialog, and that dialog lists exactly these.
 * Render it once per page.
 */
export const Shortcuts = ({ bindings }: { bindings: ShortcutBindings }) => {
    const [helpOpen, setHelpOpen] = useState(false);
    const all: ShortcutBindings = { ...bindings, help: () => setHelpOpen(true) };
    useShortcuts(all);
    return (
        <ShortcutHelpDialog
            open={helpOpen}
            onClose={() => setHelpOpen(false)}
            bound={Object.keys(all) as ShortcutId[]}
        />
    );
};
