import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A free port on localhost, known before anything starts (the issuer and PUBLIC_URL are settings read once). */
export function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script]).toString());
}

export const CLIENT_ID = 'voordeur-test';
export const CLIENT_SECRET = 'voordeur-test-secret-0123456789';

/** The test citizen as the provider knows them; "rrn" is the claim OIDC_NATIONAL_REGISTER_CLAIM names. */
export const BURGER = {
  name: 'An Peeters',
  given_name: 'An',
  family_name: 'Peeters',
  email: 'an.peeters@example.be',
  email_verified: true,
  rrn: '85.07.30-033.28',
};
export const ANDERE = {
  name: 'Bart Claes',
  email: 'bart.claes@example.be',
  email_verified: true,
};
/** says an address is theirs, but the provider did not verify it */
export const ONGEVERIFIEERD = {
  name: 'Cas Onbekend',
  email: 'bart.claes@example.be',
  email_verified: false,
};

/**
 * Sets the citizen-login settings before anything reads the configuration: import this first in a test file.
 * The app's own address is fixed too, so a browser can follow the redirect URI registered at the provider.
 */
export function configureCitizenLogin(): { issuerPort: number; appPort: number } {
  const issuerPort = freePort();
  const appPort = freePort();
  process.env.PUBLIC_URL = `http://127.0.0.1:${appPort}`;
  process.env.OIDC_ISSUER = `http://127.0.0.1:${issuerPort}`;
  process.env.OIDC_CLIENT_ID = CLIENT_ID;
  process.env.OIDC_CLIENT_SECRET = CLIENT_SECRET;
  process.env.OIDC_EXTRA_SCOPES = 'phone rrn';
  process.env.OIDC_NATIONAL_REGISTER_CLAIM = 'rrn';
  return { issuerPort, appPort };
}

export interface TestProvider {
  issuer: string;
  tamper(mode: '' | 'signature'): Promise<void>;
  stop(): Promise<void>;
}

/** Starts test/support/oidcProvider.mjs (oidc-provider) on the port the settings name. */
export async function startProvider(port: number): Promise<TestProvider> {
  const publicUrl = process.env.PUBLIC_URL!;
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'oidcProvider.mjs')], {
    env: {
      ...process.env,
      OIDC_TEST_PORT: String(port),
      OIDC_TEST_CLIENT_ID: CLIENT_ID,
      OIDC_TEST_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_TEST_REDIRECT_URI: `${publicUrl}/aanmelden/terug`,
      OIDC_TEST_POST_LOGOUT_URI: `${publicUrl}/afmelden/klaar`,
      OIDC_TEST_ACCOUNTS: JSON.stringify({ burger: BURGER, andere: ANDERE, ongeverifieerd: ONGEVERIFIEERD }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (d) => (errors += String(d)));
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the OIDC provider did not start: ${errors}`)), 20000);
    child.stdout!.on('data', (d) => {
      const m = /ready (\S+)/.exec(String(d));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`the OIDC provider stopped (${code}): ${errors}`)));
  });
  return {
    issuer,
    tamper: async (mode) => {
      await fetch(`${issuer}/__test/tamper?mode=${mode}`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * A citizen's browser at the provider, without a browser: follows its redirects and fills in its development login
 * and consent forms, until the provider sends the browser back to the redirect URI; returns that address.
 */
export async function passProvider(authorizationUrl: string, account: string): Promise<URL> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const redirectUri = `${process.env.PUBLIC_URL}/aanmelden/terug`;
  let url = new URL(authorizationUrl);
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: cookie(), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form?.toString(),
    });
    keep(res);
    form = undefined;
    const location = res.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(redirectUri)) return next;
      url = next;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`unexpected page at the provider (${res.status}): ${html.slice(0, 300)}`);
    url = new URL(action.replace(/&amp;/g, '&'), url);
    form = new URLSearchParams({ prompt, ...(prompt === 'login' ? { login: account, password: 'x' } : {}) });
  }
  throw new Error('the provider never sent the browser back');
}
