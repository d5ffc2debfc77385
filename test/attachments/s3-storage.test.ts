import { s3 } from './useS3';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { Worker } from 'bullmq';
import request from 'supertest';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { blobStore, closeBlobStore } from '../../src/attachments/storage';
import { ingestEmail } from '../../src/channels/email/quarantine';
import { recordingHooks, startPhoneWorker } from '../../src/channels/phone/jobs';
import { startMediaWorker } from '../../src/channels/twilio/mediaJobs';
import { loginAs, makeDepartment, makeUser, type Console } from '../support/factories';
import { onTeardown } from '../support/teardown';
import { eventually } from '../support/wait';
import { ACCOUNT_SID, callParams, signedPost, startTwilioStandIn, twilioSid } from '../support/twilio';

const app = buildApp();
let admin: Console;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
// a PNG header and 300 kB of noise: big enough to arrive in many chunks
const PNG = (marker: string) =>
  Buffer.concat([
    Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
    Buffer.from(marker),
    createHash('sha512').update(marker).digest().subarray(0, 64),
    Buffer.alloc(300_000, marker),
  ]);
const download = (path: string) =>
  admin
    .get(path)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });

beforeAll(async () => {
  await s3.start();
  onTeardown(async () => {
    closeBlobStore();
    await s3.stop();
  });
  admin = await loginAs(app, await makeUser('admin'));
});

async function citizenSends(files: [Buffer, string][], tag: string) {
  let req = request(app)
    .post('/api/public/tickets')
    .field('name', `Burger ${tag}`)
    .field('email', `${tag}@example.be`)
    .field('subject', `Melding ${tag}`)
    .field('message', `Zie foto ${tag}`);
  for (const [content, name] of files) req = req.attach('attachments', content, name);
  const res = await req.expect(201);
  return db().ticket.findUniqueOrThrow({ where: { reference: res.body.reference }, include: { attachments: true } });
}

test('a photo sent through the public form lands in the bucket under its sha256 and downloads byte for byte', async () => {
  const photo = PNG('s3-upload');
  const ticket = await citizenSends([[photo, 'foto.png']], 's3upload');
  const [a] = ticket.attachments;
  expect(a.storageKey).toBe(sha(photo));
  expect(await s3.objectKeys()).toContain(sha(photo));
  const res = await download(`/api/admin/attachments/${a.id}/download`);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('image/png');
  expect((res.body as Buffer).equals(photo)).toBe(true);
});

test('the same content sent twice, by two citizens, is one object; a stream is stored the same way', async () => {
  const photo = PNG('s3-twice');
  const first = await citizenSends([[photo, 'a.png']], 's3twice1');
  const second = await citizenSends([[photo, 'b.png']], 's3twice2');
  expect(first.attachments[0].storageKey).toBe(second.attachments[0].storageKey);
  const objects = await s3.objectKeys();
  expect(objects.filter((k) => k === sha(photo))).toHaveLength(1);
  // a streamed put of the same bytes, in parts bigger than S3's 5 MB minimum, finds the same key and leaves no temp
  const big = Buffer.concat([photo, Buffer.alloc(11 * 1024 * 1024, 7)]);
  const { Readable } = await import('node:stream');
  const streamed = await blobStore().putStream(Readable.from([big.subarray(0, 5_000_000), big.subarray(5_000_000)]));
  expect(streamed).toEqual({ key: sha(big), sha256: sha(big), size: big.length });
  expect(await blobStore().putStream(Readable.from([photo]))).toMatchObject({ key: sha(photo) });
  expect((await s3.objectKeys()).filter((k) => k.includes('tmp/'))).toEqual([]);
  expect((await s3.objectKeys()).filter((k) => k === sha(photo) || k === sha(big))).toHaveLength(2);
});

test('a file missing from the bucket is a clear 410, not a broken download', async () => {
  const photo = PNG('s3-missing');
  const ticket = await citizenSends([[photo, 'weg.png']], 's3missing');
  await s3.client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: sha(photo) }));
  const res = await admin.get(`/api/admin/attachments/${ticket.attachments[0].id}/download`);
  expect(res.status).toBe(410);
  expect(res.body.message).toMatch(/no longer in storage/);
});

test('the export of a person streams their files from the bucket; erasure deletes the objects', async () => {
  const photo = PNG('s3-erase');
  const ticket = await citizenSends([[photo, 'wis.png']], 's3erase');
  const zip = await download(`/api/admin/contacts/${ticket.contactId}/export`);
  expect(zip.status).toBe(200);
  const unzip =
    'import zipfile,sys,io; z=zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())); n=[x for x in z.namelist() if x.endswith("wis.png")][0]; sys.stdout.buffer.write(z.read(n))';
  expect(execFileSync('python3', ['-c', unzip], { input: zip.body as Buffer }).equals(photo)).toBe(true);
  expect(await s3.objectKeys()).toContain(sha(photo));
  await admin.post(`/api/admin/contacts/${ticket.contactId}/erase`).expect(200);
  expect(await s3.objectKeys()).not.toContain(sha(photo));
});

test('a mail that cannot be read is kept raw in the bucket and the console shows it back', async () => {
  const raw = Buffer.from('\u0000\u0001 dit is geen e-mail s3-quarantine \u0000\r\n\r\n\u00ff');
  const outcome = await ingestEmail(raw, null);
  expect(outcome.status).toBe('quarantined');
  const row = await db().quarantinedEmail.findFirstOrThrow({ where: { storageKey: sha(raw) } });
  expect(await s3.objectKeys()).toContain(sha(raw));
  const res = await download(`/api/admin/quarantine/${row.id}/raw`);
  expect(res.status).toBe(200);
  expect((res.body as Buffer).equals(raw)).toBe(true);
});

test('a voicemail recording fetched from Twilio is stored in the bucket', async () => {
  const twilio = await startTwilioStandIn();
  onTeardown(() => twilio.close());
  const onthaal = (await makeDepartment('Onthaal S3')).id;
  await db().phoneLine.create({ data: { id: 1, agentsDepartmentId: onthaal } });
  const workers: Worker[] = [startPhoneWorker(), startMediaWorker(recordingHooks())];
  onTeardown(() => Promise.all(workers.map((w) => w.close())));
  const [callSid, recordingSid, from] = [twilioSid('CA'), twilioSid('RE'), '+32475123999'];
  await signedPost(app, '/webhooks/twilio/voice', callParams(callSid, from)).expect(200);
  await signedPost(app, '/webhooks/twilio/voice/menu?lang=nl&attempt=1', callParams(callSid, from, { Digits: '0' }));
  await signedPost(app, '/webhooks/twilio/voice/recording', {
    AccountSid: ACCOUNT_SID,
    CallSid: callSid,
    RecordingSid: recordingSid,
    RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Recordings/${recordingSid}`,
    RecordingStatus: 'completed',
    RecordingDuration: '9',
    RecordingChannels: '1',
    RecordingSource: 'RecordVerb',
  }).expect(200);
  const call = await db().phoneCall.findUniqueOrThrow({ where: { callSid } });
  const attachment = await eventually(() => db().attachment.findFirst({ where: { ticketId: call.ticketId! } }));
  expect(attachment.storageKey).toBe(sha(twilio.recording));
  expect(await s3.objectKeys()).toContain(sha(twilio.recording));
  const res = await download(`/api/admin/attachments/${attachment.id}/download`);
  expect((res.body as Buffer).equals(twilio.recording)).toBe(true);
});

test('downloads the reader cuts off let go of their bucket connection: more of them than the pool holds, then one whole', async () => {
  const photo = PNG('s3-cut-off');
  const ticket = await citizenSends([[photo, 'groot.png']], 's3cutoff');
  const url = `/api/admin/attachments/${ticket.attachments[0].id}/download`;
  // the S3 client keeps at most 50 connections: a download left hanging would hold one for ever
  for (let i = 0; i < 60; i++)
    await admin
      .get(url)
      .buffer(true)
      .parse((res, cb) => {
        const r = res as unknown as NodeJS.ReadableStream & { destroy(): void };
        r.once('data', () => {
          r.destroy();
          cb(null, Buffer.alloc(0));
        });
      })
      .catch(() => undefined);
  const res = await download(url).timeout(10_000);
  expect((res.body as Buffer).equals(photo)).toBe(true);
}, 60_000);

// last: it stops the bucket's server
test('without its bucket, an upload and a download answer 503 with a message to try again, not a 500', async () => {
  const ticket = await citizenSends([[PNG('s3-before-outage'), 'voor.png']], 's3outage1');
  await s3.stop();
  const upload = await request(app)
    .post('/api/public/tickets')
    .field('name', 'Burger tijdens storing')
    .field('email', 'storing@example.be')
    .field('subject', 'Melding tijdens storing')
    .field('message', 'Met foto')
    .attach('attachments', PNG('s3-outage'), 'foto.png');
  expect(upload.status).toBe(503);
  expect(upload.body.message).toMatch(/file storage is not answering/);
  const download = await admin.get(`/api/admin/attachments/${ticket.attachments[0].id}/download`);
  expect(download.status).toBe(503);
  expect(download.headers['retry-after']).toBe('5');
});
