import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { blobStore } from '../../src/attachments/storage';
import { loginAs, makeUser } from '../support/factories';

// the default store: a folder (STORAGE_DIR), as every other test file uses it
const app = buildApp();
const root = process.env.STORAGE_DIR!;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const fileOf = (key: string) => path.join(root, key.slice(0, 2), key.slice(2, 4), key);

test('a stream is stored on disk under its sha256 without a temp file left, once per content, and listed', async () => {
  const big = Buffer.alloc(11 * 1024 * 1024, 3);
  const parts = Readable.from([big.subarray(0, 4_000_000), big.subarray(4_000_000)]);
  expect(await blobStore().putStream(parts)).toEqual({ key: sha(big), sha256: sha(big), size: big.length });
  expect(await blobStore().put(big)).toEqual({ key: sha(big), sha256: sha(big), size: big.length });
  expect(existsSync(fileOf(sha(big)))).toBe(true);
  expect(readdirSync(path.join(root, 'tmp'))).toEqual([]);
  const keys: string[] = [];
  for await (const k of blobStore().keys()) keys.push(k);
  expect(keys).toContain(sha(big));
  // bytes that do not match the sha256 they were sent under are not kept
  await expect(blobStore().putStream(Readable.from([Buffer.from('x')]), sha(big))).rejects.toThrow(/damaged/);
  expect(readdirSync(path.join(root, 'tmp'))).toEqual([]);
});

test('an attachment whose file left the folder answers 410 with a message', async () => {
  const admin = await loginAs(app, await makeUser('admin'));
  const png = Buffer.concat([
    Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
    Buffer.from('disk-missing'),
  ]);
  const res = await request(app)
    .post('/api/public/tickets')
    .field('name', 'Burger schijf')
    .field('email', 'schijf@example.be')
    .field('subject', 'Melding schijf')
    .field('message', 'Met foto')
    .attach('attachments', png, 'foto.png')
    .expect(201);
  const a = await db().attachment.findFirstOrThrow({ where: { ticket: { reference: res.body.reference } } });
  await admin.get(`/api/admin/attachments/${a.id}/download`).expect(200);
  rmSync(fileOf(a.storageKey));
  const gone = await admin.get(`/api/admin/attachments/${a.id}/download`);
  expect(gone.status).toBe(410);
  expect(gone.body.message).toMatch(/no longer in storage/);
});
