import { Alert, Box, Button, CardContent, CircularProgress, Link, TextField, Typography } from '@mui/material';
import QRCode from 'qrcode';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Form, Login, PasswordInput, TextInput, required, useLogin, useNotify, useTranslate } from 'react-admin';
import type { LoginResult } from '../providers/authProvider';
import { clearSession, loadSession } from '../providers/httpClient';
import type { TotpSetup } from '../types';
import { endSession, fetchTotpSetup } from './totpApi';

type Step = 'password' | 'required' | 'setup';

const contentSx = { width: 300, pb: '16px !important' };

/**
 * Email and password first; then, for accounts with a second factor, the
 * code from the authenticator app, or its enrolment the first time.
 * A reload halfway comes back at the step the server says is next.
 */
export const LoginPage = () => (
    <Login>
        <LoginSteps />
    </Login>
);

const LoginSteps = () => {
    const [step, setStep] = useState<Step>('password');
    useEffect(() => {
        let current = true;
        loadSession()
            .then((user) => {
                if (current && (user.secondFactor === 'required' || user.secondFactor === 'setup')) {
                    setStep(user.secondFactor);
                }
            })
            .catch(() => undefined);
        return () => {
            current = false;
        };
    }, []);

    const restart = () => {
        void endSession().finally(() => {
            clearSession();
            setStep('password');
        });
    };

    if (step === 'password') return <PasswordStep onSecondFactor={setStep} />;
    if (step === 'setup') return <SetupStep onRestart={restart} onAlreadySetUp={() => setStep('required')} />;
    return <CodeStep enrol={false} onRestart={restart} />;
};

interface Credentials {
    email: string;
    password: string;
}

/** The same form as react-admin's LoginWithEmail, that knows about the next step. */
const PasswordStep = ({ onSecondFactor }: { onSecondFactor: (step: Step) => void }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const login = useLogin();
    const [loading, setLoading] = useState(false);

    const submit = (values: Record<string, unknown>) => {
        const { email, password } = values as unknown as Credentials;
        setLoading(true);
        login({ email, password })
            .then((result: LoginResult | undefined) => {
                setLoading(false);
                if (result?.secondFactor) onSecondFactor(result.secondFactor);
            })
            .catch((error: { message?: string } | string | undefined) => {
                setLoading(false);
                const message = typeof error === 'string' ? error : error?.message || 'ra.auth.sign_in_error';
                notify(message, { type: 'error', messageArgs: { _: message } });
            });
    };

    return (
        <Form onSubmit={submit} mode="onChange" noValidate>
            <CardContent sx={contentSx}>
                <TextInput
                    autoFocus
                    source="email"
                    label={translate('ra.auth.email', { _: 'Email' })}
                    autoComplete="email"
                    type="email"
                    validate={required()}
                />
                <PasswordInput
                    source="password"
                    label={translate('ra.auth.password', { _: 'Password' })}
                    autoComplete="current-password"
                    validate={required()}
                />
                <Button variant="contained" type="submit" color="primary" disabled={loading} fullWidth sx={{ mt: 2 }}>
                    {loading ? (
                        <CircularProgress size={19} thickness={3} sx={{ m: 0.3 }} />
                    ) : (
                        translate('ra.auth.sign_in')
                    )}
                </Button>
            </CardContent>
        </Form>
    );
};

/** Enrolment: QR code and secret for the authenticator app, then its first code. */
const SetupStep = ({ onRestart, onAlreadySetUp }: { onRestart: () => void; onAlreadySetUp: () => void }) => {
    const translate = useTranslate();
    const [setup, setSetup] = useState<TotpSetup | null>(null);
    const [qr, setQr] = useState<string | null>(null);
    const [error, setError] = useState<string | null>(null);
    // One enrolment per visit: each request makes a new secret (and
    // StrictMode runs effects twice in development).
    const started = useRef(false);

    useEffect(() => {
        if (started.current) return;
        started.current = true;
        fetchTotpSetup()
            .then(async (result) => {
                setSetup(result);
                setQr(await QRCode.toDataURL(result.otpauthUrl, { margin: 1, width: 220 }));
            })
            .catch((err: { status?: number; message?: string }) => {
                if (err.status === 409) onAlreadySetUp();
                else if (err.status === 401) onRestart();
                else setError(err.message || translate('ra.notification.http_error'));
            });
    }, [onAlreadySetUp, onRestart, translate]);

    return (
        <CardContent sx={{ ...contentSx, width: 340 }}>
            <Typography variant="h6" component="h1" gutterBottom>
                {translate('app.totp.setup_title')}
            </Typography>
            <Typography variant="body2" gutterBottom>
                {translate('app.totp.setup_help')}
            </Typography>
            {error && (
                <Alert severity="error" sx={{ my: 1 }}>
                    {error}
                </Alert>
            )}
            {!setup && !error && (
                <Box sx={{ display: 'flex', justifyContent: 'center', my: 2 }}>
                    <CircularProgress size={24} />
                </Box>
            )}
            {setup && (
                <>
                    <Box sx={{ display: 'flex', justifyContent: 'center', my: 2 }}>
                        {qr && (
                            <img
                                src={qr}
                                width={220}
                                height={220}
                                alt={translate('app.totp.qr_alt')}
                                data-testid="totp-qr"
                            />
                        )}
                    </Box>
                    <Typography variant="body2">{translate('app.totp.manual')}</Typography>
                    <Typography
                        component="code"
                        data-testid="totp-secret"
                        sx={{
                            display: 'block',
                            fontFamily: 'monospace',
                            wordBreak: 'break-all',
                            my: 1,
                            userSelect: 'all',
                        }}
                    >
                        {setup.secret}
                    </Typography>
                    <CodeForm enrol />
                </>
            )}
            <RestartLink onRestart={onRestart} />
        </CardContent>
    );
};

const CodeStep = ({ enrol, onRestart }: { enrol: boolean; onRestart: () => void }) => {
    const translate = useTranslate();
    return (
        <CardContent sx={contentSx}>
            <Typography variant="h6" component="h1" gutterBottom>
                {translate('app.totp.verify_title')}
            </Typography>
            <Typography variant="body2" gutterBottom>
                {translate('app.totp.verify_help')}
            </Typography>
            <CodeForm enrol={enrol} />
            <RestartLink onRestart={onRestart} />
        </CardContent>
    );
};

const codePattern = /^\d{6}$/;

/** Six digits from the app; "Activeren" while enrolling, "Bevestigen" afterwards. */
const CodeForm = ({ enrol }: { enrol: boolean }) => {
    const translate = useTranslate();
    const login = useLogin();
    const [code, setCode] = useState('');
    const [error, setError] = useState<string | null>(null);
    const [loading, setLoading] = useState(false);

    const submit = (event: FormEvent) => {
        event.preventDefault();
        const trimmed = code.replace(/\s/g, '');
        if (!codePattern.test(trimmed)) {
            setError(translate('app.totp.six_digits'));
            return;
        }
        setError(null);
        setLoading(true);
        login({ code: trimmed, enrol })
            .catch((err: { status?: number; message?: string }) => {
                setError(
                    err.status === 401
                        ? translate('app.totp.wrong_code')
                        : err.status === 400
                          ? translate('app.totp.six_digits')
                          : err.message || translate('ra.notification.http_error'),
                );
                setCode('');
            })
            .finally(() => setLoading(false));
    };

    return (
        <Box component="form" onSubmit={submit} noValidate>
            <TextField
                autoFocus
                fullWidth
                margin="dense"
                label={translate('app.totp.code')}
                value={code}
                onChange={(event) => setCode(event.target.value)}
                error={!!error}
                slotProps={{
                    htmlInput: {
                        inputMode: 'numeric',
                        autoComplete: 'one-time-code',
                        pattern: '[0-9]*',
                        maxLength: 7,
                        'data-testid': 'totp-code',
                    },
                }}
            />
            {error && (
                <Alert severity="error" sx={{ mt: 1 }} data-testid="totp-error">
                    {error}
                </Alert>
            )}
            <Button variant="contained" type="submit" color="primary" disabled={loading} fullWidth sx={{ mt: 2 }}>
                {loading ? (
                    <CircularProgress size={19} thickness={3} sx={{ m: 0.3 }} />
                ) : (
                    translate(enrol ? 'app.totp.activate' : 'app.totp.confirm')
                )}
            </Button>
        </Box>
    );
};

const RestartLink = ({ onRestart }: { onRestart: () => void }) => {
    const translate = useTranslate();
    return (
        <Box sx={{ mt: 2, textAlign: 'center' }}>
            <Link component="button" type="button" variant="body2" onClick={onRestart}>
                {translate('app.totp.other_account')}
            </Link>
        </Box>
    );
};
