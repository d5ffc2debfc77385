import HowToRegIcon from '@mui/icons-material/HowToReg';
import { CounterMenuItem } from './CounterMenuItem';
import { FloorMenuItem } from './FloorMenuItem';
import { MenuGroup } from './MenuGroup';

/** "Onthaal": calling visitors at a desk, and the reception's view of the waiting room. */
export const ReceptionMenu = () => (
    <MenuGroup name="reception" label="app.menu.reception" icon={<HowToRegIcon />}>
        <CounterMenuItem />
        <FloorMenuItem />
    </MenuGroup>
);
