import { Alert, Box, Button, CardContent, CircularProgress, Link, TextField, Typography } from '@mui/material';
import QRCode from 'qrcode';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Form, Login, PasswordInput, TextInput, required, useLogin, useNotify, useTranslate } from 'react-admin';
import type { CodeKind, LoginResult } from '../providers/authProvider';
import { clearSession, loadSession } from '../providers/httpClient';
import type { CurrentUser, TotpSetup } from '../types';
import { RecoveryCodeList } from './RecoveryCodeList';
import { endSession, fetchTotpSetup } from './totpApi';

type Step = 'password' | 'required' | 'setup' | 'recovery';

/** The setup key in groups of four, as authenticator apps ask for it and easier to type over without a slip. */
export const groupsOfFour = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

const contentSx = { width: 300, pb: '16px !important' };

/**
 * Email and password first; then, for accounts with a second factor, the
 * code from the authenticator app (or a recovery code), or its enrolment the
 * first time, after which the recovery codes are shown once.
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
    if (step === 'recovery')
        return <CodeStep kind="recovery" onRestart={restart} onSwitch={() => setStep('required')} />;
    return <CodeStep kind="verify" onRestart={restart} onSwitch={() => setStep('recovery')} />;
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
                if (result && 'secondFactor' in result) onSecondFactor(result.secondFactor);
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
    const [kept, setKept] = useState<{ codes: string[]; user: CurrentUser } | null>(null);
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

    if (kept) return <RecoveryCodesStep codes={kept.codes} user={kept.user} />;
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
                        {groupsOfFour(setup.secret)}
                    </Typography>
                    <CodeForm kind="enrol" onRecoveryCodes={(codes, user) => setKept({ codes, user })} />
                </>
            )}
            <RestartLink onRestart={onRestart} />
        </CardContent>
    );
};

/** Shown once, right after the setup: the app opens when the user says they kept the codes. */
const RecoveryCodesStep = ({ codes, user }: { codes: string[]; user: CurrentUser }) => {
    const translate = useTranslate();
    const login = useLogin();
    return (
        <CardContent sx={{ ...contentSx, width: 380 }}>
            <Typography variant="h6" component="h1" gutterBottom>
                {translate('app.recovery.title')}
            </Typography>
            <Typography variant="body2" gutterBottom>
                {translate('app.recovery.help')}
            </Typography>
            <RecoveryCodeList codes={codes} />
            <Button
                variant="contained"
                color="primary"
                fullWidth
                sx={{ mt: 2, displayPrint: 'none' }}
                onClick={() => void login({ codesKept: user })}
            >
                {translate('app.recovery.kept')}
            </Button>
        </CardContent>
    );
};

const CodeStep = ({ kind, onRestart, onSwitch }: { kind: CodeKind; onRestart: () => void; onSwitch: () => void }) => {
    const translate = useTranslate();
    const recovery = kind === 'recovery';
    return (
        <CardContent sx={contentSx}>
            <Typography variant="h6" component="h1" gutterBottom>
                {translate('app.totp.verify_title')}
            </Typography>
            <Typography variant="body2" gutterBottom>
                {translate(recovery ? 'app.recovery.verify_help' : 'app.totp.verify_help')}
            </Typography>
            <CodeForm key={kind} kind={kind} />
            <Box sx={{ mt: 2, textAlign: 'center' }}>
                <Link component="button" type="button" variant="body2" onClick={onSwitch}>
                    {translate(recovery ? 'app.recovery.use_app' : 'app.recovery.use_code')}
                </Link>
            </Box>
            <RestartLink onRestart={onRestart} />
        </CardContent>
    );
};

const totpPattern = /^\d{6}$/;
const recoveryPattern = /^[a-z0-9]{10}$/;

/** What a kind of code is called, how it is checked before sending, and what a 400 or 401 means. */
const codeWords: Record<CodeKind, { label: string; format: string; wrong: string }> = {
    enrol: { label: 'app.totp.code', format: 'app.totp.six_digits', wrong: 'app.totp.wrong_code' },
    verify: { label: 'app.totp.code', format: 'app.totp.six_digits', wrong: 'app.totp.wrong_code' },
    recovery: { label: 'app.recovery.code', format: 'app.recovery.format', wrong: 'app.recovery.wrong_code' },
};

/**
 * Six digits from the app ("Activeren" while enrolling, "Bevestigen" afterwards), or a recovery code; after one,
 * a message says how many are left.
 */
const CodeForm = ({
    kind,
    onRecoveryCodes,
}: {
    kind: CodeKind;
    onRecoveryCodes?: (codes: string[], user: CurrentUser) => void;
}) => {
    const translate = useTranslate();
    const notify = useNotify();
    const login = useLogin();
    const [code, setCode] = useState('');
    const [error, setError] = useState<string | null>(null);
    const [loading, setLoading] = useState(false);
    const words = codeWords[kind];
    const recovery = kind === 'recovery';

    const submit = (event: FormEvent) => {
        event.preventDefault();
        const trimmed = recovery ? code.toLowerCase().replace(/[\s-]/g, '') : code.replace(/\s/g, '');
        if (!(recovery ? recoveryPattern : totpPattern).test(trimmed)) {
            setError(translate(words.format));
            return;
        }
        setError(null);
        setLoading(true);
        login({ code: trimmed, kind })
            .then((result: LoginResult | undefined) => {
                if (result && 'recoveryCodes' in result) onRecoveryCodes?.(result.recoveryCodes, result.user);
                if (result && 'recoveryCodesLeft' in result)
                    notify('app.recovery.left', {
                        type: result.recoveryCodesLeft <= 3 ? 'warning' : 'info',
                        messageArgs: { smart_count: result.recoveryCodesLeft },
                        autoHideDuration: 10000,
                    });
            })
            .catch((err: { status?: number; message?: string }) => {
                setError(
                    err.status === 401
                        ? translate(words.wrong)
                        : err.status === 400
                          ? translate(words.format)
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
                label={translate(words.label)}
                value={code}
                onChange={(event) => setCode(event.target.value)}
                error={!!error}
                slotProps={{
                    htmlInput: recovery
                        ? { autoComplete: 'off', autoCapitalize: 'none', spellCheck: false, maxLength: 20 }
                        : {
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
                    translate(kind === 'enrol' ? 'app.totp.activate' : 'app.totp.confirm')
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
