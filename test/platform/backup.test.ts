import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { s3Server } from '../support/s3';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { loginAs, makeUser } from '../support/factories';
import { onTeardown } from '../support/teardown';
import { runScript, startApi } from '../support/apiProcess';

// backed up from this test's database and disk store; restored into a new database and a new, empty bucket
const s3 = s3Server('voordeur-live');
const app = buildApp();
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const PNG = (marker: string) =>
  Buffer.concat([
    Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
    Buffer.alloc(150_000, marker),
  ]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const restoredUrl = (() => {
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = `${u.pathname}_restored`;
  return u.toString();
})();
const backups = mkdtempSync(path.join(tmpdir(), 'voordeur-backups-'));

async function dropRestored() {
  const admin = new Client({ connectionString: new URL('/postgres', restoredUrl).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${new URL(restoredUrl).pathname.slice(1)}" WITH (FORCE)`);
  await admin.end();
}

beforeAll(async () => {
  await s3.start();
  await s3.createBucket('voordeur-restored');
  onTeardown(async () => {
    await s3.stop();
    await dropRestored();
    await rm(backups, { recursive: true, force: true });
  });
});

function binary(res: unknown, cb: (err: Error | null, body: Buffer) => void) {
  const r = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  r.on('data', (c: Buffer) => chunks.push(c));
  r.on('end', () => cb(null, Buffer.concat(chunks)));
}

test('a backup restored into a new database and a new bucket runs Voordeur with the same tickets, files and tracking links', async () => {
  const user = await makeUser('admin');
  const sent: { reference: string; token: string; files: Buffer[] }[] = [];
  for (const [tag, files] of [
    ['een', [PNG('backup-een'), PDF]],
    ['twee', [PNG('backup-twee')]],
  ] as const) {
    let req = request(app)
      .post('/api/public/tickets')
      .field('name', `Back-up ${tag}`)
      .field('email', `backup-${tag}@example.be`)
      .field('subject', `Melding ${tag} voor de back-up`)
      .field('message', 'Met bijlagen');
    for (const [i, f] of files.entries()) req = req.attach('attachments', f, i ? 'brief.pdf' : 'foto.png');
    const res = await req.expect(201);
    sent.push({ reference: res.body.reference, token: res.body.trackingUrl.split('/volg/')[1], files: [...files] });
  }

  const backup = await runScript('backup', [backups]);
  expect(backup.output).toMatch(/files: +3 \(0 damaged or unreadable\)/);
  expect(backup.code).toBe(0);
  const dir = /Backup written to (.+)/.exec(backup.output)![1].trim();
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  expect(manifest).toMatchObject({ format: 'voordeur-backup/1', files: { count: 3, missing: [] } });
  expect(readFileSync(path.join(dir, 'database.dump')).subarray(0, 5).toString()).toBe('PGDMP');
  expect(existsSync(path.join(dir, 'files', sha(PDF).slice(0, 2), sha(PDF).slice(2, 4), sha(PDF)))).toBe(true);

  const target = { DATABASE_URL: restoredUrl, STORAGE_URL: s3.url('voordeur-restored') };
  const restore = await runScript('restore', [dir], target);
  expect(restore.output).toContain('files the database names: 3; missing from the store: 0');
  expect(restore.code).toBe(0);
  expect(await s3.objectKeys('voordeur-restored')).toEqual(
    [sha(sent[0].files[0]), sha(PDF), sha(sent[1].files[0])].sort(),
  );
  // a restore never writes over a database that has tables; --files-only finishes the files of one that stopped
  const twice = await runScript('restore', [dir], target);
  expect(twice.output).toMatch(/already has \d+ tables: restore into a new, empty database/);
  expect(twice.code).toBe(1);
  const filesOnly = await runScript('restore', [dir, '--files-only'], target);
  expect(filesOnly.output).toContain('files copied: 0, already there: 3, damaged: 0');
  expect(filesOnly.code).toBe(0);

  // something done here after the backup is not in the restored system
  await db().ticket.updateMany({ data: { subject: 'na de back-up veranderd' } });

  const api = await startApi(target);
  onTeardown(() => api.stop());
  const admin = await loginAs(api.app, user);
  for (const s of sent) {
    const tracking = await request(api.app).get(`/api/public/tracking/${s.token}`).expect(200);
    expect(JSON.stringify(tracking.body)).toContain(s.reference);
    await request(api.app).get(`/volg/${s.token}`).expect(200);
    const ticket = await admin.get(
      `/api/admin/tickets?filter=${encodeURIComponent(JSON.stringify({ q: s.reference }))}`,
    );
    expect(ticket.status).toBe(200);
    const found = (ticket.body as { reference: string; subject: string; id: string }[]).find(
      (t) => t.reference === s.reference,
    )!;
    expect(found.subject).toMatch(/voor de back-up$/);
    const restored = new Client({ connectionString: restoredUrl });
    await restored.connect();
    const { rows } = await restored.query<{ id: string; storage_key: string }>(
      'SELECT a.id, a.storage_key FROM attachment a JOIN ticket t ON t.id = a.ticket_id WHERE t.reference = $1',
      [s.reference],
    );
    await restored.end();
    expect(rows.map((r) => r.storage_key).sort()).toEqual(s.files.map(sha).sort());
    for (const r of rows) {
      const file = await admin.get(`/api/admin/attachments/${r.id}/download`).buffer(true).parse(binary);
      expect(file.status).toBe(200);
      expect(sha(file.body as Buffer)).toBe(r.storage_key);
    }
  }
}, 180_000);
