// Imported first by transcription.test.ts: the configuration is read once, so the speech-to-text endpoint is set
// before any module reads it (the other test files run without transcription, as Voordeur does by default).
import { execFileSync } from 'node:child_process';

const script =
  "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
export const WHISPER_PORT = Number(execFileSync(process.execPath, ['-e', script]).toString());
process.env.TRANSCRIPTION_URL = `http://127.0.0.1:${WHISPER_PORT}/v1/audio/transcriptions`;
process.env.TRANSCRIPTION_MODEL = 'large-v3';
process.env.TRANSCRIPTION_API_KEY = 'test-transcription-key';
