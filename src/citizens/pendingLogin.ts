import { z } from 'zod';
import { decryptSecret, encryptSecret } from '../shared/secretBox';
import type { PendingLogin } from './oidc';

/** A login has this long at the provider (the citizen types, confirms with itsme on their phone…). */
const PENDING_MINUTES = 15;

const Sealed = z.object({
  state: z.string().min(16),
  nonce: z.string().min(16),
  codeVerifier: z.string().min(43),
  back: z.string(),
  until: z.number(),
});

/**
 * The login in progress travels in a cookie sealed with SECRET_KEY (AES-GCM), so any api copy can finish it and the
 * browser can neither read the PKCE verifier nor change where it is sent back to.
 */
export function sealPendingLogin(pending: PendingLogin, now = Date.now()): string {
  return encryptSecret(JSON.stringify({ ...pending, until: now + PENDING_MINUTES * 60_000 }));
}

export const PENDING_MAX_AGE_MS = PENDING_MINUTES * 60_000;

/** The sealed login, or nothing when it is missing, altered or too old. */
export function openPendingLogin(sealed: unknown, now = Date.now()): PendingLogin | undefined {
  if (typeof sealed !== 'string' || sealed.length > 2000) return undefined;
  try {
    const parsed = Sealed.safeParse(JSON.parse(decryptSecret(sealed)));
    if (!parsed.success || parsed.data.until < now) return undefined;
    const { until: _until, ...pending } = parsed.data;
    return pending;
  } catch {
    return undefined;
  }
}
