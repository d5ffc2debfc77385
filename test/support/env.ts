// Runs before each test file's modules load: gives the file its own database, Redis prefix,
// attachment folder and SMTP port, so files run in parallel without touching each other.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script]).toString());
}

const suffix = randomBytes(4).toString('hex');
const admin = new URL(process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
admin.pathname = `/${process.env.VD_TEST_RUN}_${suffix}`;

process.env.NODE_ENV = 'test';
process.env.DATABASE_URL = admin.toString();
process.env.REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
process.env.REDIS_PREFIX = `${process.env.VD_TEST_RUN}:${suffix}`;
process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'voordeur-files-'));
process.env.SMTP_URL = `smtp://127.0.0.1:${freePort()}`;
process.env.PUBLIC_URL = 'http://voordeur.test';
process.env.MAIL_FROM = 'Gemeente Testdorp <info@testdorp.example>';
process.env.MUNICIPALITY_NAME = 'Gemeente Testdorp';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
process.env.OUTBOX_RETRY_BASE_MS = '200';
process.env.OUTBOX_SWEEP_INTERVAL_MS = '1000';
// Twilio is outside the network: its REST API is a local stand-in (test/support/twilioStandIn.ts) on this port
process.env.TWILIO_ACCOUNT_SID = 'AC00000000000000000000000000000001';
process.env.TWILIO_AUTH_TOKEN = 'test-auth-token-0123456789abcdef';
process.env.TWILIO_PHONE_NUMBER = '+3250000099';
process.env.TWILIO_API_URL = `http://127.0.0.1:${freePort()}`;
process.env.PHONE_MISSED_CALL_GRACE_SECONDS ??= '0';
// recordings and MMS files: six tries 0.1, 0.2, 0.4, 0.8 and 1.6 s apart, so giving up happens within a test
process.env.MEDIA_FETCH_ATTEMPTS ??= '6';
process.env.MEDIA_FETCH_BACKOFF_MS ??= '100';
process.env.SECRET_KEY = 'dGVzdC1zZWNyZXQta2V5LTMyLWJ5dGVzLWxvbmctISE=';
process.env.IMAP_RECONNECT_MAX_MS = '2000';
process.env.IMAP_POLL_INTERVAL_MS = '1000';
// limits the tests do not exercise stay out of the way; the rate-limit test sets its own
process.env.RATE_LIMIT_FORMS_PER_MINUTE ??= '100000';
process.env.RATE_LIMIT_PUBLIC_READS_PER_MINUTE ??= '100000';
process.env.RATE_LIMIT_LOGIN_PER_MINUTE ??= '100000';
process.env.FORM_MIN_FILL_SECONDS ??= '0';
process.env.LOGIN_SLOWDOWN_MS ??= '5';
