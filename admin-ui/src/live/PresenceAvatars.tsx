import { Avatar, Stack, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { initialsOf, type Viewer } from './liveEvents';

// White initials on these stay above 4.5:1 contrast.
const VIEWING = '#1565c0';
const TYPING = '#6a1b9a';

/** Small initials for each colleague on a ticket; the name and what they do are the image's text for screen readers. */
export const PresenceAvatars = ({ viewers }: { viewers: Viewer[] }) => {
    const translate = useTranslate();
    if (viewers.length === 0) return null;
    return (
        <Stack direction="row" spacing={0.25} component="span" sx={{ display: 'inline-flex', verticalAlign: 'middle' }}>
            {viewers.map((viewer) => {
                const text = translate(viewer.typing ? 'app.live.typing' : 'app.live.viewing', { name: viewer.name });
                return (
                    <Tooltip key={viewer.userId} title={text}>
                        <Avatar
                            role="img"
                            aria-label={text}
                            sx={{
                                width: 22,
                                height: 22,
                                fontSize: 11,
                                bgcolor: viewer.typing ? TYPING : VIEWING,
                                color: '#fff',
                            }}
                        >
                            <span aria-hidden="true">{initialsOf(viewer.name)}</span>
                        </Avatar>
                    </Tooltip>
                );
            })}
        </Stack>
    );
};
