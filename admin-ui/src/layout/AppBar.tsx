import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, Logout, UserMenu } from 'react-admin';
import { AvailabilitySwitch } from '../availability/AvailabilitySwitch';
import { SessionsMenuItem } from './SessionsMenuItem';
import { SignatureMenuItem } from './SignatureMenuItem';

// React-admin's own toolbar (language menu, loading indicator) with the availability switch in front.
const toolbar = (
    <>
        <AvailabilitySwitch />
        <LocalesMenuButton />
        <LoadingIndicator />
    </>
);

const userMenu = (
    <UserMenu>
        <SignatureMenuItem />
        <SessionsMenuItem />
        <Logout />
    </UserMenu>
);

export const AppBar = () => <RaAppBar toolbar={toolbar} userMenu={userMenu} />;
