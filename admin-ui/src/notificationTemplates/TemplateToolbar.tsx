import { SaveButton, Toolbar } from 'react-admin';
import { ResetTemplateButton } from './ResetTemplateButton';

/** Save, and on a changed template the way back to the built-in text; templates are never deleted. */
export const TemplateToolbar = () => (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
        <SaveButton />
        <ResetTemplateButton />
    </Toolbar>
);
