import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { weekdays, type OpeningBlock } from '../types';
import { sortBlocks } from './weekBlocks';

/** A week read-only, one line per day: "Maandag: 09:00–12:00, 13:00–17:00". */
export const WeekSummary = ({ blocks }: { blocks: OpeningBlock[] }) => {
    const translate = useTranslate();
    const sorted = sortBlocks(blocks);
    return (
        <Typography component="ul" variant="body2" sx={{ pl: 2, m: 0 }} data-testid="week-summary">
            {weekdays.map((weekday) => {
                const day = sorted.filter((block) => block.weekday === weekday);
                return (
                    <li key={weekday}>
                        {translate(`app.weekday.${weekday}`)}:{' '}
                        {day.length
                            ? day.map((block) => `${block.opens}–${block.closes}`).join(', ')
                            : translate('app.schedule.closed')}
                    </li>
                );
            })}
        </Typography>
    );
};
