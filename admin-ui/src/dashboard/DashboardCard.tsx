import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

interface DashboardCardProps {
    title: string;
    /** Over two columns where there is room. */
    wide?: boolean;
    testId: string;
    children: ReactNode;
}

/** One block of the landing page, with its heading. */
export const DashboardCard = ({ title, wide, testId, children }: DashboardCardProps) => {
    const translate = useTranslate();
    const id = `${testId}-title`;
    return (
        <Card
            component="section"
            aria-labelledby={id}
            data-testid={testId}
            sx={{ gridColumn: wide ? { md: 'span 2' } : undefined }}
        >
            <CardContent>
                <Typography id={id} variant="h6" component="h2" gutterBottom>
                    {translate(title)}
                </Typography>
                {children}
            </CardContent>
        </Card>
    );
};

/** What a card says when there is nothing to count. */
export const Nothing = ({ message }: { message: string }) => {
    const translate = useTranslate();
    return (
        <Typography color="text.secondary" data-testid="dashboard-nothing">
            {translate(message)}
        </Typography>
    );
};
