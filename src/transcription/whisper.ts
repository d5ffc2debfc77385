import { config } from '../config';

/** Speech to text through an OpenAI-compatible /v1/audio/transcriptions endpoint (whisper.cpp server, faster-whisper, OpenAI). */

export const transcriptionEnabled = () => Boolean(config().TRANSCRIPTION_URL);

export interface Audio {
  content: Buffer;
  filename: string;
  contentType: string;
}

/**
 * Sends the audio as the endpoint expects it (multipart: file, model, language, response_format=json) and returns
 * the text, trimmed. Any answer but a 2xx with a text is thrown, so the caller's job tries again.
 */
export async function transcribe(audio: Audio, language: 'nl' | 'en' = 'nl'): Promise<string> {
  const c = config();
  if (!c.TRANSCRIPTION_URL) throw new Error('TRANSCRIPTION_URL is not set');
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(audio.content)], { type: audio.contentType }), audio.filename);
  form.append('model', c.TRANSCRIPTION_MODEL);
  form.append('language', language);
  form.append('response_format', 'json');
  const res = await fetch(c.TRANSCRIPTION_URL, {
    method: 'POST',
    body: form,
    headers: c.TRANSCRIPTION_API_KEY ? { Authorization: `Bearer ${c.TRANSCRIPTION_API_KEY}` } : {},
    signal: AbortSignal.timeout(c.TRANSCRIPTION_TIMEOUT_SECONDS * 1000),
  });
  const body = await res.text();
  if (!res.ok) throw new Error(`transcription endpoint answered ${res.status}: ${body.slice(0, 200)}`);
  let text: unknown;
  try {
    text = (JSON.parse(body) as { text?: unknown }).text;
  } catch {
    throw new Error(`transcription endpoint answered no JSON: ${body.slice(0, 200)}`);
  }
  if (typeof text !== 'string') throw new Error('transcription endpoint answered without a "text"');
  return text.trim();
}
