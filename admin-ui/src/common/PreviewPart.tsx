import { Box, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

/** A labelled part of a message preview (the email as HTML, as text, the SMS): the reply box and the template editor. */
export const PreviewPart = ({
    title,
    heading,
    children,
}: {
    title: string;
    heading: 'h3' | 'h4';
    children: ReactNode;
}) => {
    const id = useId();
    return (
        <Box component="section" aria-labelledby={id}>
            <Typography id={id} variant="overline" component={heading} color="text.secondary">
                {title}
            </Typography>
            {children}
        </Box>
    );
};

/**
 * A message's text as it will read: line breaks kept, long words broken, scrolled past `maxHeight` (so the element
 * that carries it gets tabIndex 0: a region that scrolls must be reachable by keyboard, WCAG 2.1.1).
 */
export const previewTextBox = (maxHeight: number) =>
    ({
        m: 0,
        p: 1.5,
        bgcolor: 'action.hover',
        borderRadius: 1,
        fontFamily: 'inherit',
        fontSize: '0.875rem',
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        maxHeight,
        overflow: 'auto',
    }) as const;
