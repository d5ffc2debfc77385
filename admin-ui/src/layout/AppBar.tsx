import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, Logout, UserMenu } from 'react-admin';
import { AvailabilitySwitch } from '../availability/AvailabilitySwitch';
import { UserLanguage } from '../language/UserLanguage';
import { SessionsMenuItem } from './SessionsMenuItem';

// React-admin's own toolbar (language menu, loading indicator) with the availability switch in front.
const toolbar = (
    <>
        <AvailabilitySwitch />
        <LocalesMenuButton />
        <UserLanguage />
        <LoadingIndicator />
    </>
);

const userMenu = (
    <UserMenu>
        <SessionsMenuItem />
        <Logout />
    </UserMenu>
);

export const AppBar = () => <RaAppBar toolbar={toolbar} userMenu={userMenu} />;
