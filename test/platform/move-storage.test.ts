import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { s3Server } from '../support/s3';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { ingestEmail } from '../../src/channels/email/quarantine';
import { loginAs, makeUser } from '../support/factories';
import { onTeardown } from '../support/teardown';
import { runScript, startApi } from '../support/apiProcess';

// this process stores on disk (STORAGE_DIR, as every test); the script moves that folder into a bucket
const s3 = s3Server('voordeur-moved');
const app = buildApp();
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const PNG = (marker: string) =>
  Buffer.concat([
    Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
    Buffer.alloc(200_000, marker),
  ]);

beforeAll(async () => {
  await s3.start();
  onTeardown(() => s3.stop());
});

test('move-storage copies a disk store into a bucket, checks every file, can run again, and everything downloads', async () => {
  const photos = [PNG('een'), PNG('twee')];
  const references: string[] = [];
  for (const [i, tag] of ['a', 'b'].entries()) {
    const res = await request(app)
      .post('/api/public/tickets')
      .field('name', `Verhuis ${tag}`)
      .field('email', `verhuis-${tag}@example.be`)
      .field('subject', `Verhuis ${tag}`)
      .field('message', 'Met foto')
      .attach('attachments', photos[i], 'foto.png')
      .attach('attachments', photos[0], 'dezelfde.png')
      .expect(201);
    references.push(res.body.reference);
  }
  const raw = Buffer.from('\u0000 geen e-mail, verhuisd \u0000\r\n\r\n');
  const quarantined = await ingestEmail(raw, null);
  expect(quarantined.status).toBe('quarantined');

  // a damaged file in the folder (its bytes do not match its name) is reported and not copied
  const damagedKey = sha(Buffer.from('the original bytes'));
  const damagedDir = path.join(process.env.STORAGE_DIR!, damagedKey.slice(0, 2), damagedKey.slice(2, 4));
  mkdirSync(damagedDir, { recursive: true });
  writeFileSync(path.join(damagedDir, damagedKey), 'other bytes');
  const first = await runScript('move-storage', [], { STORAGE_URL: s3.url() });
  expect(first.output).toContain(`Copying files from file://${process.env.STORAGE_DIR} to s3://voordeur-moved/`);
  expect(first.output).toMatch(/copied: +3\n/);
  expect(first.output).toMatch(/damaged or unreadable: +1\n/);
  expect(first.output).toContain(
    `${damagedKey}: the bytes of ${damagedKey} hash to ${sha(Buffer.from('other bytes'))}`,
  );
  expect(first.output).toContain('Files the database names: 3; in s3://voordeur-moved/ at');
  expect(first.code).toBe(1);
  expect(await s3.objectKeys()).toEqual([sha(photos[0]), sha(photos[1]), sha(raw)].sort());

  // the damaged file removed, a second run sends nothing again and checks what is there
  const { rmSync } = await import('node:fs');
  rmSync(path.join(damagedDir, damagedKey));
  const again = await runScript('move-storage', [], { STORAGE_URL: s3.url() });
  expect(again.output).toMatch(/copied: +0\n/);
  expect(again.output).toMatch(/already there, checked: +3\n/);
  expect(again.output).toContain('Files the database names: 3; in s3://voordeur-moved/ at');
  expect(again.code).toBe(0);

  // Voordeur started on the bucket serves every file as it was
  const api = await startApi({ STORAGE_URL: s3.url() });
  onTeardown(() => api.stop());
  const admin = await loginAs(api.app, await makeUser('admin'));
  const attachments = await db().attachment.findMany({ where: { ticket: { reference: { in: references } } } });
  expect(attachments).toHaveLength(4);
  for (const a of attachments) {
    const res = await admin.get(`/api/admin/attachments/${a.id}/download`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(sha(res.body as Buffer)).toBe(a.storageKey);
  }
  const rawRes = await admin
    .get(`/api/admin/quarantine/${(quarantined as { quarantineId: string }).quarantineId}/raw`)
    .buffer(true)
    .parse(binary);
  expect((rawRes.body as Buffer).equals(raw)).toBe(true);
}, 120_000);

function binary(res: unknown, cb: (err: Error | null, body: Buffer) => void) {
  const r = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  r.on('data', (c: Buffer) => chunks.push(c));
  r.on('end', () => cb(null, Buffer.concat(chunks)));
}
