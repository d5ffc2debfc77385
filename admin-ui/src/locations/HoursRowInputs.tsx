import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { IconButton, MenuItem, TableCell, TextField, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { hoursKinds, type Desk } from '../types';
import { tidyTime, type DraftRow, type RowField } from './hoursRows';

interface HoursRowInputsProps {
    row: DraftRow;
    /** "Maandag 2", for screen readers. */
    name: string;
    desks: Desk[];
    errors?: Partial<Record<RowField, string>>;
    /** The id of the line that says what is wrong with the block. */
    describedBy: string;
    disabled?: boolean;
    onChange: (changes: Partial<DraftRow>) => void;
    onRemove: () => void;
}

/** One block of a weekday as table cells: for which desk, which kind, from, until; what is wrong goes on a line below. */
export const HoursRowInputs = (props: HoursRowInputsProps) => {
    const { row, name, desks, errors = {}, describedBy, disabled, onChange, onRemove } = props;
    const translate = useTranslate();
    const timeField = (field: 'opens' | 'closes') => (
        <TextField
            size="small"
            hiddenLabel
            value={row[field]}
            onChange={(event) => onChange({ [field]: event.target.value })}
            onBlur={(event) => {
                const tidy = tidyTime(event.target.value);
                if (tidy !== row[field]) onChange({ [field]: tidy });
            }}
            placeholder={translate('app.hours.time_placeholder')}
            error={Boolean(errors[field])}
            disabled={disabled}
            slotProps={{
                htmlInput: {
                    'aria-label': `${name}: ${translate(`app.hours.${field}`)}`,
                    'aria-describedby': errors[field] ? describedBy : undefined,
                    inputMode: 'numeric',
                    maxLength: 5,
                },
            }}
            sx={{ width: 96 }}
        />
    );
    return (
        <>
            <TableCell>
                <TextField
                    select
                    size="small"
                    hiddenLabel
                    value={row.deskId ?? ''}
                    onChange={(event) => onChange({ deskId: event.target.value || null })}
                    error={Boolean(errors.deskId)}
                    disabled={disabled}
                    slotProps={{
                        select: { displayEmpty: true },
                        htmlInput: { 'aria-label': `${name}: ${translate('app.hours.desk')}` },
                    }}
                    sx={{ minWidth: 160 }}
                >
                    <MenuItem value="">{translate('app.hours.all_desks')}</MenuItem>
                    {desks.map((desk) => (
                        <MenuItem key={desk.id} value={desk.id}>
                            {desk.active ? desk.name : `${desk.name} (${translate('app.desk.inactive')})`}
                        </MenuItem>
                    ))}
                </TextField>
            </TableCell>
            <TableCell>
                <TextField
                    select
                    size="small"
                    hiddenLabel
                    value={row.kind}
                    onChange={(event) => onChange({ kind: event.target.value as DraftRow['kind'] })}
                    error={Boolean(errors.kind)}
                    disabled={disabled}
                    slotProps={{ htmlInput: { 'aria-label': `${name}: ${translate('app.hours.kind')}` } }}
                    sx={{ minWidth: 160 }}
                >
                    {hoursKinds.map((kind) => (
                        <MenuItem key={kind} value={kind}>
                            {translate(`app.hours.kinds.${kind}`)}
                        </MenuItem>
                    ))}
                </TextField>
            </TableCell>
            <TableCell>{timeField('opens')}</TableCell>
            <TableCell>{timeField('closes')}</TableCell>
            <TableCell padding="checkbox">
                <Tooltip title={translate('app.hours.remove_block')} disableInteractive>
                    <span>
                        <IconButton
                            aria-label={`${name}: ${translate('app.hours.remove_block')}`}
                            onClick={onRemove}
                            disabled={disabled}
                            size="small"
                        >
                            <DeleteOutlineIcon fontSize="small" />
                        </IconButton>
                    </span>
                </Tooltip>
            </TableCell>
        </>
    );
};
