import { twilioClient, twilioSettings } from './client';

/** Twilio as a whole failed (a 5xx, or no answer at all), rather than refusing one message (21211, 21610 …). */
export function twilioIsOutage(err: unknown): boolean {
  const e = err as { status?: unknown; isAxiosError?: boolean; response?: unknown };
  // Twilio answered with an HTTP status (RestException.status), or the request never got an answer (axios)
  if (typeof e.status === 'number') return e.status >= 500;
  return e.isAxiosError === true && !e.response;
}

/** Asks Twilio whether it answers: any answer but a 5xx means it is there (a 404 for the account still answers). */
export async function probeTwilio(): Promise<void> {
  const settings = twilioSettings();
  if (!settings) return;
  await twilioClient()
    .api.v2010.accounts(settings.accountSid)
    .fetch()
    .catch((err) => {
      if (twilioIsOutage(err)) throw err;
    });
}
