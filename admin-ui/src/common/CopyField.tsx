import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { IconButton, InputAdornment, TextField, Tooltip } from '@mui/material';
import { useRef } from 'react';
import { useNotify, useTranslate } from 'react-admin';

interface CopyFieldProps {
    label: string;
    value: string;
    copyLabel: string;
    helperText?: string;
    testId: string;
    /** what the notification says after copying, and when the browser did not allow it */
    copiedMessage: string;
    failedMessage: string;
}

/** A read-only value with a copy button; where the clipboard is not allowed, the value is selected instead. */
export const CopyField = ({
    label,
    value,
    copyLabel,
    helperText,
    testId,
    copiedMessage,
    failedMessage,
}: CopyFieldProps) => {
    const translate = useTranslate();
    const notify = useNotify();
    const input = useRef<HTMLInputElement>(null);

    const copy = async () => {
        try {
            await navigator.clipboard.writeText(value);
            notify(copiedMessage, { type: 'success' });
        } catch {
            input.current?.select();
            notify(failedMessage, { type: 'warning' });
        }
    };

    return (
        <TextField
            label={translate(label)}
            value={value}
            fullWidth
            helperText={helperText}
            inputRef={input}
            onFocus={(event) => event.target.select()}
            slotProps={{
                htmlInput: { readOnly: true, 'data-testid': testId, style: { fontFamily: 'monospace' } },
                input: {
                    endAdornment: (
                        <InputAdornment position="end">
                            <Tooltip title={translate(copyLabel)}>
                                <IconButton
                                    onClick={copy}
                                    aria-label={translate(copyLabel)}
                                    edge="end"
                                    data-testid={`${testId}-copy`}
                                >
                                    <ContentCopyIcon />
                                </IconButton>
                            </Tooltip>
                        </InputAdornment>
                    ),
                },
            }}
        />
    );
};
