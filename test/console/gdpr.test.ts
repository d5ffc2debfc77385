import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { buildApp } from '../../src/app';
import { db } from '../../src/db';
import { listUrl, loginAs, makeCategory, makeDepartment, makeUser, type Console } from '../support/factories';

const app = buildApp();
let admin: Console;
const PNG = (marker: string) =>
  Buffer.concat([
    Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
    Buffer.from(marker),
  ]);

beforeAll(async () => {
  admin = await loginAs(app, await makeUser('admin'));
});

/** Every value in every text or JSON column of every table that contains the needle. */
async function findEverywhere(needle: string): Promise<string[]> {
  const columns = await db().$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'ARRAY')`;
  const hits: string[] = [];
  for (const c of columns) {
    const rows = await db().$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${c.table_name}" WHERE "${c.column_name}"::text ILIKE $1`,
      `%${needle}%`,
    );
    if (Number(rows[0].n) > 0) hits.push(`${c.table_name}.${c.column_name}`);
  }
  return hits;
}

function filesContaining(dir: string, needle: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesContaining(p, needle));
    else if (readFileSync(p).includes(needle)) out.push(p);
  }
  return out;
}

let phones = 0;

async function citizenWithHistory(tag: string) {
  const phone = `0470 99 88 ${String(10 + phones++).padStart(2, '0')}`;
  const name = `Zeldzame Naam ${tag}`;
  const email = `geheim.${tag}@example.be`;
  const res = await request(app)
    .post('/api/public/tickets')
    .field('name', name)
    .field('email', email)
    .field('phone', phone)
    .field('subject', `Onderwerp ${tag}`)
    .field('message', `Bericht met geheim ${tag}`)
    .field('address', `Geheimstraat ${tag}`)
    .attach('attachments', PNG(`BESTAND-${tag}`), 'foto.png')
    .expect(201);
  const ticket = await db().ticket.findUniqueOrThrow({ where: { reference: res.body.reference } });
  await admin.post(`/api/admin/tickets/${ticket.id}/reply`, { body: `Antwoord aan ${name}` }).expect(201);
  return { ticket, name, email, phone };
}

test('a person’s data is exported as one machine-readable archive with their attachments', async () => {
  const { ticket, name, phone } = await citizenWithHistory('export1');
  const res = await admin
    .get(`/api/admin/contacts/${ticket.contactId}/export`)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/zip');
  const dir = mkdtempSync(path.join(tmpdir(), 'export-'));
  writeFileSync(path.join(dir, 'a.zip'), res.body as Buffer);
  execFileSync('python3', [
    '-c',
    'import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
    path.join(dir, 'a.zip'),
    dir,
  ]);
  const doc = JSON.parse(readFileSync(path.join(dir, 'person.json'), 'utf8'));
  expect(doc.person.name).toBe(name);
  expect(doc.identities.map((i: { value: string }) => i.value).sort()).toEqual([
    `+32${phone.replace(/\s/g, '').slice(1)}`,
    'geheim.export1@example.be',
  ]);
  expect(doc.tickets[0].messages.map((m: { direction: string }) => m.direction)).toEqual(['inbound', 'outbound']);
  const file = doc.tickets[0].messages[0].attachments[0].file;
  expect(readFileSync(path.join(dir, file)).includes('BESTAND-export1')).toBe(true);
  const audit = await admin.get(listUrl('audit-log', { filter: { action: 'export' } }));
  expect(audit.body.map((e: { entityId: string }) => e.entityId)).toContain(ticket.contactId);
});

test('erasure leaves no personal data in any table or in the attachment folder; statistics keep the ticket', async () => {
  const { ticket, phone } = await citizenWithHistory('erase1');
  const before = await findEverywhere('erase1');
  expect(before.length).toBeGreaterThan(3);
  const res = await admin.post(`/api/admin/contacts/${ticket.contactId}/erase`);
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ erased: true, tickets: 1 });
  expect(await findEverywhere('erase1')).toEqual([]);
  expect(await findEverywhere(`+32${phone.replace(/\s/g, '').slice(1)}`)).toEqual([]);
  expect(filesContaining(process.env.STORAGE_DIR!, 'BESTAND-erase1')).toEqual([]);
  const kept = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } });
  expect(kept).toMatchObject({ channel: 'web', contactId: null, subject: '[geanonimiseerd]' });
  expect(kept.anonymisedAt).not.toBeNull();
});

test('a legal hold blocks erasure and says why', async () => {
  const { ticket } = await citizenWithHistory('hold1');
  await admin
    .post(`/api/admin/contacts/${ticket.contactId}/legal-hold`, {
      hold: true,
      reason: 'lopende gerechtelijke procedure',
    })
    .expect(200);
  const res = await admin.post(`/api/admin/contacts/${ticket.contactId}/erase`);
  expect(res.status).toBe(409);
  expect(res.body.message).toContain('lopende gerechtelijke procedure');
  expect((await findEverywhere('hold1')).length).toBeGreaterThan(0);
  const agent = await loginAs(app, await makeUser('agent'));
  expect((await agent.post(`/api/admin/contacts/${ticket.contactId}/erase`)).status).toBe(403);
});

test('closed tickets past their category’s retention period are anonymised, unless held', async () => {
  const category = await makeCategory((await makeDepartment()).id, 'retentie');
  await admin.put(`/api/admin/categories/${category.id}`, { retentionDays: 30 }).expect(200);
  const old = await citizenWithHistory('retentie-oud');
  const held = await citizenWithHistory('retentie-vast');
  const recent = await citizenWithHistory('retentie-recent');
  const closedAt = (days: number) => new Date(Date.now() - days * 86400_000);
  await db().ticket.update({
    where: { id: old.ticket.id },
    data: { categoryId: category.id, status: 'closed', closedAt: closedAt(40) },
  });
  await db().ticket.update({
    where: { id: held.ticket.id },
    data: { categoryId: category.id, status: 'closed', closedAt: closedAt(40) },
  });
  await db().ticket.update({
    where: { id: recent.ticket.id },
    data: { categoryId: category.id, status: 'closed', closedAt: closedAt(10) },
  });
  await admin.post(`/api/admin/tickets/${held.ticket.id}/legal-hold`, { hold: true }).expect(200);
  const run = await admin.post('/api/admin/privacy/retention/run').expect(200);
  expect(run.body.anonymised).toBe(1);
  expect(await findEverywhere('retentie-oud')).toEqual([]);
  expect((await findEverywhere('retentie-vast')).length).toBeGreaterThan(0);
  expect((await findEverywhere('retentie-recent')).length).toBeGreaterThan(0);
  expect(await db().ticket.count({ where: { categoryId: category.id } })).toBe(3);
});
