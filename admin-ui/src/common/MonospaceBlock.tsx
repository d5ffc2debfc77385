import { Box } from '@mui/material';

/** Error texts and headers keep their line breaks and stay copyable. */
export const MonospaceBlock = ({ children }: { children: string }) => (
    <Box
        component="pre"
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
