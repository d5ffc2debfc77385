import { Box } from '@mui/material';

/** Error texts and headers keep their line breaks and stay copyable. */
export const MonospaceBlock = ({ children }: { children: string }) => (
    <Box
        component="pre"
        // it scrolls past its height: a region that scrolls must be reachable by keyboard (WCAG 2.1.1)
        tabIndex={0}
        sx={{
            m: 0,
            p: 1,
            bgcolor: 'action.hover',
            borderRadius: 1,
            fontFamily: 'monospace',
            fontSize: '0.8rem',
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
            maxHeight: 320,
            overflow: 'auto',
        }}
    >
        {children}
    </Box>
);
