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
    expect(c).toMatchObject({ PORT: 3000, REDIS_URL: 'redis://127.0.0.1:6379', UPLOAD_MAX_FILES: 5, cookieSecure: false });
  });

  test('secure cookies follow an https public URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x@y/z', PUBLIC_URL: 'https://voordeur.gemeente.be/' })).toMatchObject({
      cookieSecure: true,
      PUBLIC_URL: 'https://voordeur.gemeente.be',
    });
  });

  test('voicemail transcription is off by default, and its endpoint must be an http(s) address', () => {
    const off = loadConfig({ DATABASE_URL: 'postgres://x@y/z', TRANSCRIPTION_URL: '' });
    expect(off).toMatchObject({ TRANSCRIPTION_URL: undefined, TRANSCRIPTION_MODEL: 'whisper-1', MEDIA_FETCH_ATTEMPTS: 10 });
    expect(off.TRANSCRIPTION_URL ?? off.TRANSCRIPTION_API_KEY).toBeUndefined();
    const on = loadConfig({ DATABASE_URL: 'postgres://x@y/z', TRANSCRIPTION_URL: 'http://127.0.0.1:8080/v1/audio/transcriptions', TRANSCRIPTION_MODEL: 'large-v3' });
    expect(on).toMatchObject({ TRANSCRIPTION_URL: 'http://127.0.0.1:8080/v1/audio/transcriptions', TRANSCRIPTION_MODEL: 'large-v3' });
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@y/z', TRANSCRIPTION_URL: 'whisper.local:8080' })).toThrow(/TRANSCRIPTION_URL="whisper.local:8080": must be/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@y/z', TRANSCRIPTION_URL: 'ftp://whisper.local/v1/audio/transcriptions' })).toThrow(/TRANSCRIPTION_URL=.*must be an http:\/\/ or https:\/\/ address/);
  });
});
