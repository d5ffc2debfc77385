import http from 'node:http';

/** One request the speech-to-text stand-in received, as the multipart form it was. */
export interface TranscriptionRequest {
  path: string;
  authorization?: string;
  contentType?: string;
  model?: string;
  language?: string;
  responseFormat?: string;
  filename?: string;
  fileType?: string;
  audio?: Buffer;
}

export interface WhisperStandIn {
  requests: TranscriptionRequest[];
  /** what it answers as the text */
  text: string;
  /** answer the next N requests with 500 */
  failNext(n: number): void;
  /** answer every request with 500 (false: answer again) */
  setBroken(broken: boolean): void;
  close(): Promise<void>;
}

/**
 * A local server that answers as an OpenAI-compatible /v1/audio/transcriptions endpoint does (whisper.cpp server,
 * faster-whisper-server), on the port given, and keeps each multipart request for the test to check.
 */
export async function startWhisperStandIn(port: number): Promise<WhisperStandIn> {
  const requests: TranscriptionRequest[] = [];
  let failures = 0;
  let broken = false;
  const state = { text: '' };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const contentType = req.headers['content-type'];
      const seen: TranscriptionRequest = { path: req.url!, authorization: req.headers.authorization, contentType };
      requests.push(seen);
      try {
        // parsed by the platform's own multipart reader, as a server would
        const form = await new Response(Buffer.concat(chunks), {
          headers: { 'content-type': contentType ?? '' },
        }).formData();
        const file = form.get('file');
        Object.assign(seen, {
          model: form.get('model') ?? undefined,
          language: form.get('language') ?? undefined,
          responseFormat: form.get('response_format') ?? undefined,
          ...(file instanceof Blob
            ? { filename: (file as File).name, fileType: file.type, audio: Buffer.from(await file.arrayBuffer()) }
            : {}),
        });
      } catch {
        return res
          .writeHead(400, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ error: { message: 'not a multipart form' } }));
      }
      if (broken || failures > 0) {
        failures = Math.max(0, failures - 1);
        return res
          .writeHead(500, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ error: { message: 'model crashed' } }));
      }
      if (req.url !== '/v1/audio/transcriptions' || !seen.audio) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ text: ` ${state.text} ` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    requests,
    get text() {
      return state.text;
    },
    set text(value: string) {
      state.text = value;
    },
    failNext: (n) => (failures = n),
    setBroken: (b) => (broken = b),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
