import { loadConfig } from '../../config';
import { whatsappNumber } from './address';
import { whatsappSettings } from './settings';
import { templateKindOf } from './templates';

const base = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/voordeur' };
const twilio = {
  TWILIO_ACCOUNT_SID: 'AC' + '0'.repeat(32),
  TWILIO_AUTH_TOKEN: 'x'.repeat(32),
  TWILIO_PHONE_NUMBER: '+3250123456',
};
const problems = (env: Record<string, string>) => {
  try {
    loadConfig({ ...base, ...env });
    return [];
  } catch (err) {
    return (err as Error).message.split('\n').slice(1);
  }
};

describe('WhatsApp settings', () => {
  test('templates are read as JSON of Content SIDs per kind of message', () => {
    const c = loadConfig({
      ...base,
      ...twilio,
      WHATSAPP_FROM: '+3250000077',
      WHATSAPP_TEMPLATES: JSON.stringify({ answer: 'HX' + 'a'.repeat(32) }),
    });
    expect(whatsappSettings.from(c).WHATSAPP_TEMPLATES).toEqual({ answer: 'HX' + 'a'.repeat(32) });
    expect(whatsappSettings.from(loadConfig(base)).WHATSAPP_TEMPLATES).toEqual({});
  });

  test('a template setting that is not JSON, names an unknown kind or holds no Content SID is refused at start, named', () => {
    expect(problems({ WHATSAPP_TEMPLATES: '{answer: HX1}' })).toEqual([
      expect.stringMatching(/^ {2}- WHATSAPP_TEMPLATES=.*must be JSON/),
    ]);
    expect(problems({ WHATSAPP_TEMPLATES: '{"greeting":"HX' + 'a'.repeat(32) + '"}' }).join('\n')).toMatch(
      /WHATSAPP_TEMPLATES/,
    );
    expect(problems({ WHATSAPP_TEMPLATES: '{"answer":"SM123"}' }).join('\n')).toMatch(/Content SID/);
  });

  test('a WhatsApp sender needs the Twilio account, and is a number without the whatsapp: prefix', () => {
    expect(problems({ WHATSAPP_FROM: '+3250000077' })).toEqual([
      '  - WHATSAPP_FROM needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN',
    ]);
    expect(problems({ ...twilio, WHATSAPP_FROM: 'whatsapp:+3250000077' }).join('\n')).toMatch(/without whatsapp:/);
  });
});

describe('WhatsApp addresses and message kinds', () => {
  test("Twilio's whatsapp: address becomes the number in E.164; anything else is no WhatsApp number", () => {
    expect(whatsappNumber('whatsapp:+32470123456')).toBe('+32470123456');
    expect(whatsappNumber('+32470123456')).toBeUndefined();
    expect(whatsappNumber('whatsapp:0470123456')).toBeUndefined();
  });

  test('each notification the town writes maps to the kind of template that may carry it outside the window', () => {
    expect(templateKindOf('ticket_received_whatsapp')).toBe('acknowledgement');
    expect(templateKindOf('status_resolved')).toBe('status_update');
    expect(templateKindOf('agent_reply_whatsapp')).toBe('answer');
    expect(templateKindOf('appointment_confirmed')).toBeUndefined();
  });
});
