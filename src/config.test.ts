import { loadConfig } from './config';

describe('configuration from the environment', () => {
  test('names every missing or invalid variable in one message', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'eighty', SMTP_URL: 'mail.example.be', PUBLIC_URL: 'not a url' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split('\n').sort()).toEqual([
      '  - DATABASE_URL: not set (see .env.example)',
      '  - PORT="eighty": must be a port number',
      '  - PUBLIC_URL="not a url": must be the URL citizens reach Voordeur at, e.g. https://voordeur.gemeente.be',
      '  - SMTP_URL="mail.example.be": must be an smtp:// or smtps:// URL',
      'Invalid configuration:',
    ]);
  });

  test('has working defaults for everything but the database', () => {
    const c = loadConfig({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/voordeur' });
    expect(c).toMatchObject({
      PORT: 3000,
      REDIS_URL: 'redis://127.0.0.1:6379',
      UPLOAD_MAX_FILES: 5,
      cookieSecure: false,
    });
  });

  test('secure cookies follow an https public URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x@y/z', PUBLIC_URL: 'https://voordeur.gemeente.be/' })).toMatchObject(
      {
        cookieSecure: true,
        PUBLIC_URL: 'https://voordeur.gemeente.be',
      },
    );
  });

  const base = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/voordeur' };
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig({ ...base, ...env });
      return [];
    } catch (err) {
      return (err as Error).message.split('\n').slice(1);
    }
  };
  const SECRET_KEY = 'dGVzdC1zZWNyZXQta2V5LTMyLWJ5dGVzLWxvbmctISE=';
  const TWILIO = {
    TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000001',
    TWILIO_AUTH_TOKEN: 'test-auth-token-0123456789abcdef',
  };

  test('a mailbox from IMAP_URL without SECRET_KEY is refused at start, naming SECRET_KEY', () => {
    expect(problems({ IMAP_URL: 'imap://info:pw@imap.example.be:143/INBOX' })).toEqual([
      '  - IMAP_URL needs SECRET_KEY: the mailbox password is stored encrypted with it (openssl rand -base64 32)',
    ]);
    expect(problems({ IMAP_URL: 'imap://info:pw@imap.example.be:143/INBOX', SECRET_KEY: '' })).toHaveLength(2);
    expect(problems({ IMAP_URL: 'imap://info:pw@imap.example.be:143/INBOX', SECRET_KEY })).toEqual([]);
  });

  test('the settings of the IMAP_URL mailbox without IMAP_URL are refused, not silently ignored', () => {
    expect(problems({ IMAP_PROCESSED_FOLDER: 'Verwerkt' })).toEqual([
      '  - IMAP_PROCESSED_FOLDER only applies to the mailbox of IMAP_URL, which is not set (other mailboxes are set up in the console)',
    ]);
  });

  test('Twilio settings that need each other are refused alone', () => {
    expect(problems({ TWILIO_ACCOUNT_SID: TWILIO.TWILIO_ACCOUNT_SID, TWILIO_PHONE_NUMBER: '+3250123456' })).toEqual([
      '  - TWILIO_ACCOUNT_SID needs TWILIO_AUTH_TOKEN: set both, or neither to run without phone and SMS',
      '  - TWILIO_PHONE_NUMBER needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN',
    ]);
    expect(problems({ TWILIO_AUTH_TOKEN: TWILIO.TWILIO_AUTH_TOKEN })[0]).toMatch(
      /^ {2}- TWILIO_AUTH_TOKEN needs TWILIO_ACCOUNT_SID/,
    );
    expect(problems(TWILIO)).toEqual([
      '  - TWILIO_PHONE_NUMBER is needed with TWILIO_ACCOUNT_SID: SMS and call-backs leave from it (or set TWILIO_MESSAGING_SERVICE_SID for SMS)',
    ]);
    expect(problems({ ...TWILIO, TWILIO_PHONE_NUMBER: '+3250123456' })).toEqual([]);
    expect(problems({ TWILIO_API_URL: 'http://127.0.0.1:9' })).toEqual([]);
  });

  test('outgoing mail needs a sender address and, with a user name, a password', () => {
    expect(problems({ MAIL_FROM: 'Gemeente Voordeur' })).toEqual([
      '  - MAIL_FROM="Gemeente Voordeur": must be an address, or a name with the address in <>, e.g. "Gemeente Voordeur <info@voordeur.example>"',
    ]);
    expect(problems({ MAIL_FROM: 'info@voordeur.example' })).toEqual([]);
    expect(problems({ SMTP_URL: 'smtp://mailer@smtp.example.be:587' })).toEqual([
      '  - SMTP_URL has a user name but no password: write smtp://user:password@host:port',
    ]);
    expect(problems({ SMTP_URL: 'smtp://mailer:geheim@smtp.example.be:587' })).toEqual([]);
  });

  test('citizens are answered in Dutch and English by default; REPLY_LANGUAGES narrows it, never without Dutch', () => {
    expect(loadConfig(base).REPLY_LANGUAGES).toEqual(['nl', 'en']);
    expect(loadConfig({ ...base, REPLY_LANGUAGES: 'nl' }).REPLY_LANGUAGES).toEqual(['nl']);
    expect(problems({ REPLY_LANGUAGES: 'en' })).toEqual([
      '  - REPLY_LANGUAGES="en": must include nl (Dutch is the language of the administration)',
    ]);
    expect(problems({ REPLY_LANGUAGES: 'nl,fr' })[0]).toMatch(/^ {2}- REPLY_LANGUAGES="nl,fr": must list languages/);
  });

  test('voicemail transcription is off by default, and its endpoint must be an http(s) address', () => {
    const off = loadConfig({ DATABASE_URL: 'postgres://x@y/z', TRANSCRIPTION_URL: '' });
    expect(off).toMatchObject({
      TRANSCRIPTION_URL: undefined,
      TRANSCRIPTION_MODEL: 'whisper-1',
      MEDIA_FETCH_ATTEMPTS: 10,
    });
    expect(off.TRANSCRIPTION_URL ?? off.TRANSCRIPTION_API_KEY).toBeUndefined();
    const on = loadConfig({
      DATABASE_URL: 'postgres://x@y/z',
      TRANSCRIPTION_URL: 'http://127.0.0.1:8080/v1/audio/transcriptions',
      TRANSCRIPTION_MODEL: 'large-v3',
    });
    expect(on).toMatchObject({
      TRANSCRIPTION_URL: 'http://127.0.0.1:8080/v1/audio/transcriptions',
      TRANSCRIPTION_MODEL: 'large-v3',
    });
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@y/z', TRANSCRIPTION_URL: 'whisper.local:8080' })).toThrow(
      /TRANSCRIPTION_URL="whisper.local:8080": must be/,
    );
    expect(() =>
      loadConfig({
        DATABASE_URL: 'postgres://x@y/z',
        TRANSCRIPTION_URL: 'ftp://whisper.local/v1/audio/transcriptions',
      }),
    ).toThrow(/TRANSCRIPTION_URL=.*must be an http:\/\/ or https:\/\/ address/);
  });

  test('the town boundary and the address search are off by default; the geocoder must be an http(s) address', () => {
    const off = loadConfig({ DATABASE_URL: 'postgres://x@y/z', TOWN_BOUNDARY_FILE: '', GEOCODER_URL: '' });
    expect(off).toMatchObject({
      TOWN_BOUNDARY_FILE: undefined,
      GEOCODER_URL: undefined,
      RATE_LIMIT_GEOCODER_PER_MINUTE: 30,
    });
    const on = loadConfig({ DATABASE_URL: 'postgres://x@y/z', GEOCODER_URL: 'https://nominatim.example.org' });
    expect(on.GEOCODER_URL).toBe('https://nominatim.example.org');
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@y/z', GEOCODER_URL: 'nominatim.example.org' })).toThrow(
      /GEOCODER_URL="nominatim.example.org": must be the base address/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@y/z', GEOCODER_URL: 'ftp://nominatim.example.org' })).toThrow(
      /GEOCODER_URL=.*must be an http:\/\/ or https:\/\/ address/,
    );
  });
  describe('citizen login (OpenID Connect)', () => {
    const OIDC = {
      OIDC_ISSUER: 'https://authenticatie.vlaanderen.be/op',
      OIDC_CLIENT_ID: 'voordeur',
      OIDC_CLIENT_SECRET: 'a-client-secret',
    };

    test('off without the settings: no login anywhere', () => {
      expect(loadConfig(base).citizenLogin).toBe(false);
    });

    test('on with issuer, client id and secret (and SECRET_KEY to seal what it keeps)', () => {
      const c = loadConfig({
        ...base,
        ...OIDC,
        SECRET_KEY,
        OIDC_EXTRA_SCOPES: 'rrn vo',
        OIDC_NATIONAL_REGISTER_CLAIM: 'rrn',
      });
      expect(c).toMatchObject({
        citizenLogin: true,
        OIDC_EXTRA_SCOPES: ['rrn', 'vo'],
        OIDC_NATIONAL_REGISTER_CLAIM: 'rrn',
      });
    });

    test('half a configuration is refused at start, naming what is missing', () => {
      expect(problems({ OIDC_ISSUER: OIDC.OIDC_ISSUER, SECRET_KEY })).toEqual([
        '  - OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: set all three for citizen login, or none to run without it',
      ]);
      expect(problems({ OIDC_ISSUER: OIDC.OIDC_ISSUER, OIDC_CLIENT_ID: 'voordeur', SECRET_KEY })).toEqual([
        '  - OIDC_ISSUER and OIDC_CLIENT_ID need OIDC_CLIENT_SECRET: set all three for citizen login, or none to run without it',
      ]);
      expect(problems({ ...OIDC })).toEqual([
        '  - OIDC_ISSUER needs SECRET_KEY: the login in progress and the national-register number are sealed with it (openssl rand -base64 32)',
      ]);
      expect(problems({ OIDC_NATIONAL_REGISTER_CLAIM: 'rrn' })).toEqual([
        '  - OIDC_NATIONAL_REGISTER_CLAIM only applies with OIDC_ISSUER, which is not set',
      ]);
      expect(problems({ ...OIDC, SECRET_KEY, OIDC_ISSUER: 'authenticatie.vlaanderen.be' })).toEqual([
        '  - OIDC_ISSUER="authenticatie.vlaanderen.be": must be the issuer URL of the OpenID Connect provider, e.g. https://authenticatie.vlaanderen.be/op',
      ]);
    });
  });
});
