process.env.DATABASE_URL ??= 'postgresql://unit@127.0.0.1/unused';
process.env.SECRET_KEY ??= 'dGVzdC1zZWNyZXQta2V5LTMyLWJ5dGVzLWxvbmctISE=';
import { openPendingLogin, sealPendingLogin } from './pendingLogin';

const pending = {
  state: 'state-0123456789abcdef',
  nonce: 'nonce-0123456789abcdef',
  codeVerifier: 'v'.repeat(43),
  back: '/contact?lang=en',
};

describe('the login in progress, sealed in a cookie', () => {
  test('opens to what was sealed, and nothing of it can be read', () => {
    const sealed = sealPendingLogin(pending);
    expect(sealed).not.toContain(pending.state);
    expect(sealed).not.toContain('contact');
    expect(openPendingLogin(sealed)).toEqual(pending);
  });

  test('an altered seal opens to nothing', () => {
    const sealed = sealPendingLogin(pending);
    const [v, iv, tag, body] = sealed.split(':');
    const flipped = Buffer.from(body, 'base64');
    flipped[0] ^= 1;
    expect(openPendingLogin([v, iv, tag, flipped.toString('base64')].join(':'))).toBeUndefined();
    expect(openPendingLogin('v1:abc:def:ghi')).toBeUndefined();
    expect(openPendingLogin(undefined)).toBeUndefined();
    expect(openPendingLogin('x'.repeat(3000))).toBeUndefined();
  });

  test('after 15 minutes it has expired', () => {
    const sealed = sealPendingLogin(pending, Date.now() - 16 * 60_000);
    expect(openPendingLogin(sealed)).toBeUndefined();
    expect(openPendingLogin(sealPendingLogin(pending, Date.now() - 14 * 60_000))).toEqual(pending);
  });
});
