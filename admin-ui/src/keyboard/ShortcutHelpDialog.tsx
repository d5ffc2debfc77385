import {
    Dialog,
    DialogActions,
    DialogContent,
    DialogTitle,
    Button,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { shortcuts, type ShortcutId } from './shortcuts';

const keyNames: Record<string, string> = {
    ArrowDown: 'app.keyboard.key.down',
    ArrowUp: 'app.keyboard.key.up',
    Enter: 'app.keyboard.key.enter',
    Escape: 'app.keyboard.key.escape',
};

/** The keys of one shortcut, as on the keyboard: "j of ↓". */
const Keys = ({ keys }: { keys: readonly string[] }) => {
    const translate = useTranslate();
    return (
        <>
            {keys.map((key, index) => (
                <span key={key}>
                    {index > 0 && ` ${translate('app.keyboard.or')} `}
                    <kbd>{keyNames[key] ? translate(keyNames[key]) : key}</kbd>
                </span>
            ))}
        </>
    );
};

/** Lists exactly the shortcuts the page bound, in the registry's order. Escape or the button closes it. */
export const ShortcutHelpDialog = ({
    open,
    onClose,
    bound,
}: {
    open: boolean;
    onClose: () => void;
    bound: ShortcutId[];
}) => {
    const translate = useTranslate();
    const ids = (Object.keys(shortcuts) as ShortcutId[]).filter((id) => bound.includes(id));
    return (
        <Dialog open={open} onClose={onClose} aria-labelledby="shortcut-help-title" data-testid="shortcut-help">
            <DialogTitle id="shortcut-help-title">{translate('app.keyboard.title')}</DialogTitle>
            <DialogContent>
                <Table
                    size="small"
                    sx={{
                        '& kbd': {
                            fontFamily: 'monospace',
                            px: 0.75,
                            py: 0.25,
                            border: 1,
                            borderColor: 'divider',
                            borderRadius: 1,
                            bgcolor: 'grey.100',
                        },
                    }}
                >
                    <TableHead>
                        <TableRow>
                            <TableCell component="th" scope="col">
                                {translate('app.keyboard.keys')}
                            </TableCell>
                            <TableCell component="th" scope="col">
                                {translate('app.keyboard.action')}
                            </TableCell>
                        </TableRow>
                    </TableHead>
                    <TableBody>
                        {ids.map((id) => (
                            <TableRow key={id} data-shortcut={id}>
                                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                                    <Keys keys={shortcuts[id].keys} />
                                </TableCell>
                                <TableCell>{translate(shortcuts[id].label)}</TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
            </DialogContent>
            <DialogActions>
                <Button onClick={onClose}>{translate('ra.action.close')}</Button>
            </DialogActions>
        </Dialog>
    );
};
