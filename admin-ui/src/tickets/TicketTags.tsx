import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Tags the email channel sets (auto-reply, bulk, bounce) read in the agent's language; others as typed. */
export const TicketTags = ({ tags }: { tags?: string[] }) => {
    const translate = useTranslate();
    return (
        <>
            {tags?.map((tag) => (
                <Chip
                    key={tag}
                    size="small"
                    variant="outlined"
                    label={translate(`app.ticket.tag.${tag}`, { _: tag })}
                    data-tag={tag}
                />
            ))}
        </>
    );
};
