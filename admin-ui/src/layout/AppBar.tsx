import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton } from 'react-admin';
import { AvailabilitySwitch } from '../availability/AvailabilitySwitch';

// React-admin's own toolbar (language menu, loading indicator) with the availability switch in front.
const toolbar = (
    <>
        <AvailabilitySwitch />
        <LocalesMenuButton />
        <LoadingIndicator />
    </>
);

export const AppBar = () => <RaAppBar toolbar={toolbar} />;
