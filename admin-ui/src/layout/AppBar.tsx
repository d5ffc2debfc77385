import {
    AppBar as RaAppBar,
    LoadingIndicator,
    LocalesMenuButton,
    Logout,
    UserMenu,
    useGetIdentity,
    useTranslate,
} from 'react-admin';
import { AvailabilitySwitch } from '../availability/AvailabilitySwitch';
import { UserLanguage } from '../language/UserLanguage';
import { SessionsMenuItem } from './SessionsMenuItem';
import { NewTicketNotificationMenuItem, NewTicketSoundMenuItem } from '../live/LiveSettingsMenuItems';
import { SignatureMenuItem } from './SignatureMenuItem';
import { SecondFactorMenuItem } from './SecondFactorMenuItem';

// React-admin's own toolbar (language menu, loading indicator) with the availability switch in front.
const toolbar = (
    <>
        <AvailabilitySwitch />
        <LocalesMenuButton />
        <UserLanguage />
        <LoadingIndicator />
    </>
);

/**
 * The user menu's button shows the person's name; its accessible name starts with that name too (a voice-control
 * user says what they see), followed by what the button opens.
 */
const AppUserMenu = () => {
    const translate = useTranslate();
    const { identity } = useGetIdentity();
    const menu = translate('ra.auth.user_menu');
    const label = identity?.fullName ? `${identity.fullName} (${menu})` : menu;
    return (
        <UserMenu label={label}>
            <SignatureMenuItem />
            <SessionsMenuItem />
            <SecondFactorMenuItem />
            <NewTicketSoundMenuItem />
            <NewTicketNotificationMenuItem />
            <Logout />
        </UserMenu>
    );
};

export const AppBar = () => <RaAppBar toolbar={toolbar} userMenu={<AppUserMenu />} />;
