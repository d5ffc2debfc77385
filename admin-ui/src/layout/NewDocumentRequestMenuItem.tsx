import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { Menu, useCanAccess } from 'react-admin';

/** A document request for a citizen at the counter or on the phone: a page of its own, not a resource. */
export const NewDocumentRequestMenuItem = () => {
    const { canAccess } = useCanAccess({ resource: 'document-requests', action: 'create' });
    if (!canAccess) return null;
    return <Menu.Item to="/documentaanvraag" primaryText="app.menu.new_document_request" leftIcon={<NoteAddIcon />} />;
};
