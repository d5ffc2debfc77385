import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A titled part of a long form, with a sentence on how to fill it in. */
export const FormSection = ({ title, help, children }: { title: string; help?: string; children: ReactNode }) => {
    const translate = useTranslate();
    return (
        <Box component="section" sx={{ width: '100%', mt: 2 }}>
            <Typography variant="h6" component="h2">
                {translate(title)}
            </Typography>
            {help && (
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                    {translate(help)}
                </Typography>
            )}
            {children}
        </Box>
    );
};
