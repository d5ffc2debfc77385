import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Alert, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RuleDryRunResult } from '../types';

/** Per condition whether it held, and which saved rule would decide today. */
export const DryRunResult = ({ result }: { result: RuleDryRunResult }) => {
    const translate = useTranslate();
    return (
        <div data-testid="dry-run-result" data-matched={result.matched}>
            <Alert severity={result.matched ? 'success' : 'warning'} sx={{ mb: 1 }}>
                {translate(result.matched ? 'app.rule.test.matched' : 'app.rule.test.not_matched')}
            </Alert>
            {result.checks.length ? (
                <List dense disablePadding>
                    {result.checks.map((check) => (
                        <ListItem key={check.condition} disableGutters data-condition={check.condition}>
                            <ListItemIcon sx={{ minWidth: 32 }}>
                                {check.matched ? (
                                    <CheckCircleIcon color="success" fontSize="small" />
                                ) : (
                                    <CancelIcon color="error" fontSize="small" />
                                )}
                            </ListItemIcon>
                            <ListItemText
                                primary={translate(`app.rule.condition.${check.condition}`, { _: check.condition })}
                                secondary={check.detail}
                            />
                        </ListItem>
                    ))}
                </List>
            ) : (
                <Typography variant="body2">{translate('app.rule.test.no_conditions')}</Typography>
            )}
            <Typography variant="body2" sx={{ mt: 1 }} data-testid="dry-run-winner">
                {translate('app.rule.test.winner', {
                    name: result.winner ? result.winner.ruleName : translate('app.rule.test.no_winner'),
                })}
            </Typography>
        </div>
    );
};
