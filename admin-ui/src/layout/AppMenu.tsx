import { Menu, useCanAccess, useResourceDefinitions } from 'react-admin';
import { QuarantineMenuItem } from './QuarantineMenuItem';

// Mounted only for those who may see quarantine, so others never ask the server for the count.
const QuarantineEntry = () => {
    const { canAccess } = useCanAccess({ resource: 'quarantine', action: 'list' });
    return canAccess ? <QuarantineMenuItem /> : null;
};

/** The default resource menu, except that quarantine shows how much mail waits there. */
export const AppMenu = () => {
    const resources = useResourceDefinitions();
    return (
        <Menu>
            {Object.keys(resources)
                .filter(name => resources[name].hasList)
                .map(name =>
                    name === 'quarantine' ? (
                        <QuarantineEntry key={name} />
                    ) : (
                        <Menu.ResourceItem key={name} name={name} />
                    ),
                )}
        </Menu>
    );
};
