import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import { Box, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { weekdays, type OpeningBlock, type Weekday } from '../types';
import { blockProblems, newBlock } from './weekBlocks';

interface WeekEditorProps {
    blocks: OpeningBlock[];
    onChange: (blocks: OpeningBlock[]) => void;
    disabled?: boolean;
}

/** Any number of opening blocks per weekday (morning and afternoon, evening counter...); a day without blocks is closed. */
export const WeekEditor = ({ blocks, onChange, disabled }: WeekEditorProps) => {
    const translate = useTranslate();
    const problems = blockProblems(blocks);

    const change = (index: number, part: 'opens' | 'closes', value: string) =>
        onChange(blocks.map((block, i) => (i === index ? { ...block, [part]: value } : block)));
    const remove = (index: number) => onChange(blocks.filter((_, i) => i !== index));
    const add = (weekday: Weekday) => onChange([...blocks, newBlock(blocks, weekday)]);

    return (
        <Stack spacing={1} data-testid="week-editor">
            {weekdays.map((weekday) => {
                const dayName = translate(`app.weekday.${weekday}`);
                const dayBlocks = blocks
                    .map((block, index) => ({ block, index }))
                    .filter(({ block }) => block.weekday === weekday)
                    .sort((a, b) => a.block.opens.localeCompare(b.block.opens));
                return (
                    <Stack
                        key={weekday}
                        direction={{ xs: 'column', sm: 'row' }}
                        spacing={1}
                        alignItems={{ sm: 'flex-start' }}
                        data-weekday={weekday}
                        sx={{ borderBottom: 1, borderColor: 'divider', pb: 1 }}
                    >
                        <Typography sx={{ width: 110, flexShrink: 0, pt: 1 }}>{dayName}</Typography>
                        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', flex: 1 }}>
                            {dayBlocks.length === 0 && (
                                <Typography color="text.secondary" sx={{ pt: 1 }}>
                                    {translate('app.schedule.closed')}
                                </Typography>
                            )}
                            {dayBlocks.map(({ block, index }, position) => {
                                const problem = problems.get(index);
                                const name = `${dayName} ${position + 1}`;
                                return (
                                    <Box key={index} sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }}>
                                        <TextField
                                            type="time"
                                            size="small"
                                            label={translate('app.schedule.opens')}
                                            value={block.opens}
                                            onChange={(event) => change(index, 'opens', event.target.value)}
                                            error={Boolean(problem)}
                                            helperText={problem ? translate(problem) : undefined}
                                            disabled={disabled}
                                            slotProps={{
                                                htmlInput: {
                                                    'aria-label': `${name}: ${translate('app.schedule.opens')}`,
                                                },
                                            }}
                                            sx={{ width: 132 }}
                                        />
                                        <TextField
                                            type="time"
                                            size="small"
                                            label={translate('app.schedule.closes')}
                                            value={block.closes}
                                            onChange={(event) => change(index, 'closes', event.target.value)}
                                            error={Boolean(problem)}
                                            disabled={disabled}
                                            slotProps={{
                                                htmlInput: {
                                                    'aria-label': `${name}: ${translate('app.schedule.closes')}`,
                                                },
                                            }}
                                            sx={{ width: 132 }}
                                        />
                                        <Tooltip title={translate('app.schedule.remove_block')} disableInteractive>
                                            <span>
                                                <IconButton
                                                    aria-label={`${name}: ${translate('app.schedule.remove_block')}`}
                                                    onClick={() => remove(index)}
                                                    disabled={disabled}
                                                    size="small"
                                                    sx={{ mt: 0.5 }}
                                                >
                                                    <DeleteOutlineIcon fontSize="small" />
                                                </IconButton>
                                            </span>
                                        </Tooltip>
                                    </Box>
                                );
                            })}
                        </Stack>
                        <Tooltip title={translate('app.schedule.add_block')} disableInteractive>
                            <span>
                                <IconButton
                                    aria-label={`${dayName}: ${translate('app.schedule.add_block')}`}
                                    onClick={() => add(weekday)}
                                    disabled={disabled}
                                    size="small"
                                    sx={{ mt: 0.5 }}
                                >
                                    <AddIcon fontSize="small" />
                                </IconButton>
                            </span>
                        </Tooltip>
                    </Stack>
                );
            })}
        </Stack>
    );
};
