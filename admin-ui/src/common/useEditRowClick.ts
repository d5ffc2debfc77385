import { useCanAccess } from 'react-admin';

/** Rows open the edit form only for users allowed to edit; others get a plain table. */
export const useEditRowClick = (resource: string) => {
    const { canAccess } = useCanAccess({ resource, action: 'edit' });
    return canAccess ? ('edit' as const) : false;
};

/** Rows open the edit form for users allowed to edit, and the read-only page for the others. */
export const useEditOrShowRowClick = (resource: string) => {
    const { canAccess } = useCanAccess({ resource, action: 'edit' });
    return canAccess ? ('edit' as const) : ('show' as const);
};
