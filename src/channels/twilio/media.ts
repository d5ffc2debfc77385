import type { PendingMedia } from '../../intake/intake';
import { requireTwilio } from './client';

/**
 * Photos, documents and recordings at Twilio, fetched through its REST API with the account's credentials. Used by
 * every Twilio channel (voicemail, MMS; a chat app's photos and documents arrive the same way).
 */

/** A file that cannot become an attachment (too large, or a type attachments may not have): trying again will not help. */
export class MediaRefused extends Error {}

const ACCOUNT = '(AC[0-9a-f]{32})';
// Twilio's webhooks name a message's media as https://api.twilio.com/2010-04-01/Accounts/AC…/Messages/MM…/Media/ME…
const MEDIA_URL = new RegExp(
  `^https://api\\.twilio\\.com/2010-04-01/Accounts/${ACCOUNT}/Messages/((?:MM|SM)[0-9a-f]{32})/Media/(ME[0-9a-f]{32})(?:\\.json)?$`,
  'i',
);

/** The REST path of a message's media from the address a webhook gave, or undefined when it is not Twilio's. */
export function mediaResource(url: string): { resource: string; mediaSid: string } | undefined {
  const m = MEDIA_URL.exec(url.trim());
  if (!m) return undefined;
  return { resource: `/2010-04-01/Accounts/${m[1]}/Messages/${m[2]}/Media/${m[3]}`, mediaSid: m[3] };
}

export const isTwilioMediaUrl = (url: string) => mediaResource(url) !== undefined;

/**
 * The media a message webhook announced (NumMedia, MediaUrl0…, as Twilio sends for MMS and chat messages). Only the ids
 * are taken from the addresses: the files are fetched from the account's own API, never from a URL a request named.
 */
export function announcedMedia(
  params: Partial<Record<`MediaUrl${number}`, string>>,
  numMedia: number,
  namePrefix: string,
): PendingMedia[] {
  const media: PendingMedia[] = [];
  for (let i = 0; i < numMedia; i++) {
    const found = mediaResource(params[`MediaUrl${i}`] ?? '');
    if (found)
      media.push({
        sourceId: found.mediaSid,
        kind: 'media',
        resource: found.resource,
        filename: `${namePrefix}-${i + 1}`,
      });
  }
  return media;
}

/** A voicemail recording, as MP3, by its RecordingSid. */
export function recordingMedia(recordingSid: string, filename: string): PendingMedia {
  return {
    sourceId: recordingSid,
    kind: 'recording',
    resource: `/2010-04-01/Accounts/${requireTwilio().accountSid}/Recordings/${recordingSid}.mp3`,
    filename,
  };
}

/** The body, refused (as email attachments are, in the same words) once it passes the limit. */
async function readAtMost(res: Response, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new MediaRefused(`larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  if (Number(res.headers.get('content-length') ?? NaN) > maxBytes) {
    await res.body?.cancel();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  // leaving the loop early cancels the rest of the download
  for await (const chunk of res.body ?? []) {
    size += (chunk as Uint8Array).length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(Buffer.from(chunk as Uint8Array));
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches one file from Twilio's REST API (TWILIO_API_URL). Twilio answers media requests with a redirect to a
 * short-lived address on its content network: that address is followed without the account's credentials, which
 * only ever go to the API itself. A refusal by Twilio (5xx, a 404 while a recording is still being written, no
 * answer at all) throws a plain Error, so the job tries again.
 */
export async function fetchTwilioMedia(resource: string, maxBytes: number): Promise<Buffer> {
  const t = requireTwilio();
  const api = new URL(t.apiUrl);
  const authorization = `Basic ${Buffer.from(`${t.accountSid}:${t.authToken}`).toString('base64')}`;
  const signal = AbortSignal.timeout(60_000);
  let res = await fetch(t.apiUrl + resource, { headers: { Authorization: authorization }, redirect: 'manual', signal });
  const location = res.headers.get('location');
  if (res.status >= 300 && res.status < 400 && location) {
    await res.body?.cancel();
    const next = new URL(location, t.apiUrl + resource);
    if (next.protocol !== 'https:' && next.protocol !== 'http:')
      throw new MediaRefused(`Twilio redirected to ${next.protocol}`);
    res = await fetch(next, {
      headers: next.origin === api.origin ? { Authorization: authorization } : {},
      redirect: 'follow',
      signal,
    });
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`Twilio answered ${res.status} for ${resource}`);
  }
  const content = await readAtMost(res, maxBytes);
  if (content.length === 0) throw new Error(`Twilio served an empty file for ${resource}`);
  return content;
}
