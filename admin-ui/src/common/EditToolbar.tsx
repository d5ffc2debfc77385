import { SaveButton, Toolbar } from 'react-admin';

/** Save only: contacts, departments and categories are never deleted from the console. */
export const EditToolbar = () => (
    <Toolbar>
        <SaveButton />
    </Toolbar>
);
