import twilio from 'twilio';

type RequestOptions<T> = Parameters<typeof twilio.RequestClient.prototype.request<T>>[0];
import { config } from '../../config';
import { AppError } from '../../shared/errors';

export class PhoneNotConfiguredError extends AppError {
  constructor() {
    super(
      503,
      'Phone and SMS are not configured here: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER.',
    );
  }
}

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  phoneNumber?: string;
  messagingServiceSid?: string;
  apiUrl: string;
}

export function twilioSettings(): TwilioSettings | undefined {
  const c = config();
  if (!c.TWILIO_ACCOUNT_SID || !c.TWILIO_AUTH_TOKEN) return undefined;
  return {
    accountSid: c.TWILIO_ACCOUNT_SID,
    authToken: c.TWILIO_AUTH_TOKEN,
    phoneNumber: c.TWILIO_PHONE_NUMBER,
    messagingServiceSid: c.TWILIO_MESSAGING_SERVICE_SID,
    apiUrl: c.TWILIO_API_URL,
  };
}

export function requireTwilio(): TwilioSettings {
  const s = twilioSettings();
  if (!s) throw new PhoneNotConfiguredError();
  return s;
}

const TWILIO_API = 'https://api.twilio.com';

/**
 * The library's own HTTP client, told to send what it addresses to api.twilio.com to TWILIO_API_URL instead
 * (a stand-in in tests); everything else (auth, encoding, error handling) stays the library's.
 */
class RedirectingRequestClient extends twilio.RequestClient {
  constructor(private readonly apiUrl: string) {
    super({ timeout: 10_000 });
  }
  override request<T>(opts: RequestOptions<T>) {
    const uri = opts.uri.startsWith(TWILIO_API) ? this.apiUrl + opts.uri.slice(TWILIO_API.length) : opts.uri;
    return super.request<T>({ ...opts, uri });
  }
}

let client: { key: string; value: twilio.Twilio } | undefined;

export function twilioClient(): twilio.Twilio {
  const s = requireTwilio();
  const key = `${s.accountSid}|${s.authToken}|${s.apiUrl}`;
  if (client?.key !== key) {
    const httpClient = s.apiUrl === TWILIO_API ? undefined : new RedirectingRequestClient(s.apiUrl);
    client = { key, value: twilio(s.accountSid, s.authToken, { httpClient }) };
  }
  return client.value;
}

/** The address of one of our webhooks as Twilio is told it, and as it signs it. */
export function webhookUrl(path: string, query?: Record<string, string | undefined>): string {
  const url = new URL(config().PUBLIC_URL + path);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}
