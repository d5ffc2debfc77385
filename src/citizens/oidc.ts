import * as client from 'openid-client';
import { config } from '../config';
import { logger } from '../logger';
import { AppError, NotFoundError, ValidationError } from '../shared/errors';

/** What Voordeur keeps of a citizen's login: the provider's claims it needs, nothing else (never the ID token). */
export interface CitizenClaims {
  /** "<issuer> <subject>": subjects are unique per provider only */
  subject: string;
  name?: string;
  email?: string;
  emailVerified: boolean;
  phone?: string;
  nationalRegisterNumber?: string;
}

/** What the login in progress must remember until the provider sends the citizen back (sealed in a cookie). */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** where to go after logging in: a path on this site */
  back: string;
}

/** The provider could not be reached or answered nonsense: not the citizen's doing, so a 503 they can retry. */
export class ProviderUnavailable extends AppError {
  constructor() {
    super(503, 'The login service cannot be reached at the moment; please try again in a few minutes.');
  }
}

export const REDIRECT_PATH = '/aanmelden/terug';
export const AFTER_LOGOUT_PATH = '/afmelden/klaar';

let discovered: Promise<client.Configuration> | undefined;

/** The provider's settings from its discovery document, fetched once; a failed fetch is tried again next time. */
function provider(): Promise<client.Configuration> {
  const c = config();
  if (!c.citizenLogin) throw new NotFoundError('Citizen login is not set up here.');
  discovered ??= client
    .discovery(
      new URL(c.OIDC_ISSUER!),
      c.OIDC_CLIENT_ID!,
      { redirect_uris: [c.PUBLIC_URL + REDIRECT_PATH], response_types: ['code'] },
      client.ClientSecretBasic(c.OIDC_CLIENT_SECRET!),
      // the ID token's signature is checked against the provider's keys too (not only TLS to the token endpoint), so
      // a token altered on its way is refused; a provider on plain http only in development and tests
      {
        execute: [
          client.enableNonRepudiationChecks,
          ...(c.OIDC_ISSUER!.startsWith('http://') ? [client.allowInsecureRequests] : []),
        ],
        timeout: 10,
      },
    )
    .catch((err: unknown) => {
      discovered = undefined;
      logger.error({ err }, 'OpenID Connect discovery failed');
      throw new ProviderUnavailable();
    });
  return discovered;
}

function scopes(): string {
  return [...new Set(['openid', 'profile', 'email', ...config().OIDC_EXTRA_SCOPES])].join(' ');
}

/** Starts a login: the provider's authorization URL (code flow, PKCE S256, state, nonce) and what to remember. */
export async function startLogin(back: string): Promise<{ url: URL; pending: PendingLogin }> {
  const settings = await provider();
  const pending: PendingLogin = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
    back,
  };
  const url = client.buildAuthorizationUrl(settings, {
    redirect_uri: config().PUBLIC_URL + REDIRECT_PATH,
    scope: scopes(),
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url, pending };
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 300) : undefined);

/** A national-register number as providers give it (with or without dots and dash): 11 digits, or nothing. */
function nationalRegisterNumber(v: unknown): string | undefined {
  const digits = typeof v === 'string' || typeof v === 'number' ? String(v).replace(/[\s.-]/g, '') : '';
  return /^\d{11}$/.test(digits) ? digits : undefined;
}

/**
 * Finishes a login from the provider's answer at the redirect URI: checks state, the issuer, PKCE, the ID token's
 * signature, audience and nonce (openid-client), then reads the claims (ID token and userinfo, same subject).
 * Anything forged, replayed or expired is the caller's 400; the tokens themselves are dropped here.
 */
export async function finishLogin(query: string, pending: PendingLogin): Promise<CitizenClaims> {
  const settings = await provider();
  const c = config();
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(
      settings,
      new URL(`${c.PUBLIC_URL}${REDIRECT_PATH}${query ? `?${query}` : ''}`),
      { pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce },
    );
  } catch (err) {
    throw refusal(err);
  }
  const idClaims = tokens.claims();
  if (!idClaims) throw new ValidationError('The login service sent no ID token; please log in again.');
  let info: Record<string, unknown> = {};
  if (settings.serverMetadata().userinfo_endpoint) {
    try {
      info = await client.fetchUserInfo(settings, tokens.access_token, idClaims.sub);
    } catch (err) {
      throw refusal(err);
    }
  }
  const all: Record<string, unknown> = { ...info, ...idClaims };
  const claim = c.OIDC_NATIONAL_REGISTER_CLAIM;
  const given = [text(all.given_name), text(all.family_name)].filter(Boolean).join(' ');
  return {
    subject: `${idClaims.iss} ${idClaims.sub}`,
    name: text(all.name) ?? (given || undefined),
    email: text(all.email)?.toLowerCase(),
    emailVerified: all.email_verified === true || all.email_verified === 'true',
    phone: text(all.phone_number),
    nationalRegisterNumber: claim ? nationalRegisterNumber(all[claim]) : undefined,
  };
}

/** A provider that is away is a 503; everything the provider or the citizen's browser got wrong is a 400. */
function refusal(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const network = err instanceof TypeError || (err as { code?: string })?.code === 'OAUTH_TIMEOUT';
  logger.warn({ err }, network ? 'login service unreachable' : 'login refused');
  if (network) return new ProviderUnavailable();
  return new ValidationError(
    'This login could not be completed (it was not valid, expired or used before); please log in again.',
  );
}

/** Where the citizen's browser goes to log out at the provider too (RP-initiated logout), when it offers that. */
export async function providerLogoutUrl(): Promise<URL | undefined> {
  try {
    const settings = await provider();
    if (!settings.serverMetadata().end_session_endpoint) return undefined;
    return client.buildEndSessionUrl(settings, {
      client_id: config().OIDC_CLIENT_ID!,
      post_logout_redirect_uri: config().PUBLIC_URL + AFTER_LOGOUT_PATH,
    });
  } catch {
    // the session here is over either way; the provider's own session ends when it expires
    return undefined;
  }
}
