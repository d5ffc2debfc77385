import { Box, Stack, Typography } from '@mui/material';
import { useNumberFormat } from '../reports/format';

export interface CountRow {
    key: string;
    label: string;
    count: number;
}

/** Labelled counts with a bar each (the largest fills the width), and the total below. */
export const CountList = ({ rows, totalLabel }: { rows: CountRow[]; totalLabel: string }) => {
    const format = useNumberFormat();
    const max = Math.max(1, ...rows.map((row) => row.count));
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    return (
        <Stack spacing={1}>
            {rows.map((row) => (
                <Box key={row.key} data-key={row.key}>
                    <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
                        <Typography variant="body2">{row.label}</Typography>
                        <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                            {format(row.count)}
                        </Typography>
                    </Stack>
                    <Box
                        aria-hidden
                        sx={{
                            height: 6,
                            borderRadius: 3,
                            bgcolor: 'primary.main',
                            width: `${(row.count / max) * 100}%`,
                        }}
                    />
                </Box>
            ))}
            <Stack
                direction="row"
                sx={{ justifyContent: 'space-between', borderTop: 1, borderColor: 'divider', pt: 1 }}
            >
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {totalLabel}
                </Typography>
                <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                    {format(total)}
                </Typography>
            </Stack>
        </Stack>
    );
};
