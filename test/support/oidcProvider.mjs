// A real OpenID Connect provider (the oidc-provider package) for the citizen-login tests, in a process of its own:
// oidc-provider is an ES module with its own dependencies (koa), which Node runs as it is.
// Its development login and consent pages stand in for ACM/IDM's or itsme's: any of OIDC_TEST_ACCOUNTS logs in.
// GET /__test/tamper?mode=signature makes the token endpoint hand out an ID token whose payload was changed after
// signing (a forged token on the wire: another verified address); mode= (empty) stops it.
import http from 'node:http';
import Provider from 'oidc-provider';

const env = process.env;
const issuer = `http://127.0.0.1:${env.OIDC_TEST_PORT}`;
const accounts = JSON.parse(env.OIDC_TEST_ACCOUNTS ?? '{}');
let tamper = '';

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: env.OIDC_TEST_CLIENT_ID,
      client_secret: env.OIDC_TEST_CLIENT_SECRET,
      redirect_uris: [env.OIDC_TEST_REDIRECT_URI],
      post_logout_redirect_uris: [env.OIDC_TEST_POST_LOGOUT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: {
    openid: ['sub'],
    profile: ['name', 'given_name', 'family_name'],
    email: ['email', 'email_verified'],
    phone: ['phone_number'],
    rrn: ['rrn'],
  },
  findAccount: async (_ctx, id) =>
    accounts[id] ? { accountId: id, claims: async () => ({ sub: id, ...accounts[id] }) } : undefined,
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  pkce: { required: () => true },
  cookies: { keys: ['voordeur-test-provider-key'] },
});

provider.use(async (ctx, next) => {
  if (ctx.path === '/__test/tamper') {
    tamper = String(ctx.query.mode ?? '');
    ctx.body = { tamper };
    return;
  }
  await next();
  if (ctx.path === '/token' && tamper === 'signature' && ctx.body?.id_token) {
    const [header, payload, signature] = ctx.body.id_token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    // the subject stays (userinfo agrees), the address changes: only the signature tells
    claims.email = 'bart.claes@example.be';
    claims.email_verified = true;
    ctx.body = {
      ...ctx.body,
      id_token: [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.'),
    };
  }
});

const server = http.createServer(provider.callback());
server.listen(Number(env.OIDC_TEST_PORT), '127.0.0.1', () => process.stdout.write(`ready ${issuer}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
