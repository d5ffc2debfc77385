import CampaignIcon from '@mui/icons-material/Campaign';
import CheckIcon from '@mui/icons-material/Check';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import ShortcutIcon from '@mui/icons-material/Shortcut';
import { Button, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** What each button does; undefined while it is not possible in the visit's state. */
export interface VisitHandlers {
    recall?: () => void;
    start?: () => void;
    finish?: () => void;
    noShow?: () => void;
    transfer?: () => void;
}

interface ActionProps {
    label: string;
    shortcut: string;
    icon: ReactNode;
    onClick?: () => void;
    busy: boolean;
    testId: string;
    variant?: 'contained' | 'outlined';
    color?: 'primary' | 'success' | 'warning';
}

const Action = ({ label, shortcut, icon, onClick, busy, testId, variant = 'outlined', color }: ActionProps) => {
    const translate = useTranslate();
    return (
        <Button
            variant={variant}
            color={color}
            startIcon={icon}
            onClick={onClick}
            disabled={!onClick || busy}
            aria-keyshortcuts={shortcut}
            data-testid={testId}
        >
            {translate(label)}
        </Button>
    );
};

/** The buttons for the visitor at the desk, each with its one-letter shortcut. */
export const VisitActions = ({ handlers, busy }: { handlers: VisitHandlers; busy: boolean }) => (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Action
            label="app.counter.recall"
            shortcut="O"
            icon={<CampaignIcon />}
            onClick={handlers.recall}
            busy={busy}
            testId="visit-recall"
        />
        <Action
            label="app.counter.start"
            shortcut="S"
            icon={<PlayArrowIcon />}
            onClick={handlers.start}
            busy={busy}
            testId="visit-start"
            variant="contained"
        />
        <Action
            label="app.counter.finish"
            shortcut="K"
            icon={<CheckIcon />}
            onClick={handlers.finish}
            busy={busy}
            testId="visit-finish"
            variant="contained"
            color="success"
        />
        <Action
            label="app.counter.no_show"
            shortcut="N"
            icon={<PersonOffIcon />}
            onClick={handlers.noShow}
            busy={busy}
            testId="visit-no-show"
            color="warning"
        />
        <Action
            label="app.counter.transfer"
            shortcut="D"
            icon={<ShortcutIcon />}
            onClick={handlers.transfer}
            busy={busy}
            testId="visit-transfer"
        />
    </Stack>
);
