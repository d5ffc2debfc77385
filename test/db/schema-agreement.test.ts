import { readFileSync } from 'node:fs';
import path from 'node:path';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import { Client } from 'pg';
import { Prisma } from '../../src/generated/prisma/client';
import { onTeardown } from '../support/teardown';

// Migrations are written by hand (see README); this proves they build exactly the database schema.prisma describes.
interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object';
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  fields: { name: string }[];
  algorithm?: string;
  dbName?: string;
}

const schemaText = readFileSync(path.join(__dirname, '../../prisma/schema.prisma'), 'utf8');
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schemaText]] }))).datamodel as {
  models: DmmfModel[];
  enums: { name: string; values: { name: string }[] }[];
  indexes: DmmfIndex[];
};
const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (m: DmmfModel, field: string) => {
  const f = m.fields.find((x) => x.name === field)!;
  return f.dbName ?? f.name;
};

function expectedType(f: DmmfField): string {
  // an array's udt is its element type's name with _: an enum keeps its own (quoted, mixed-case) name
  if (f.isList && f.kind === 'enum') return `ARRAY:_${f.type}`;
  if (f.isList) return `ARRAY:_${f.type === 'String' ? 'text' : f.type.toLowerCase()}`;
  if (f.kind === 'enum') return `USER-DEFINED:${f.type}`;
  const native = f.nativeType?.[0];
  if (native === 'Uuid') return 'uuid';
  if (native === 'Timestamptz') return 'timestamp with time zone';
  if (native === 'Date') return 'date';
  return (
    {
      String: 'text',
      Int: 'integer',
      Float: 'double precision',
      Boolean: 'boolean',
      DateTime: 'timestamp without time zone',
      Json: 'jsonb',
      BigInt: 'bigint',
      // unconstrained numeric (the report rollups' exact sums)
      Decimal: 'numeric',
    } as Record<string, string>
  )[f.type];
}

let db: Client;
let columns: { table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }[];
let indexes: { table: string; name: string; unique: boolean; method: string; columns: string[] }[];

beforeAll(async () => {
  db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  onTeardown(() => db.end());
  columns = (
    await db.query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    )
  ).rows;
  indexes = (
    await db.query(`
      SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, am.amname AS method,
             array_agg(a.attname::text ORDER BY k.ord) AS columns
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      JOIN pg_am am ON am.oid = i.relam
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE t.relname <> '_prisma_migrations'
      GROUP BY t.relname, i.relname, ix.indisunique, am.amname`)
  ).rows;
});

test('every model is a table and every table is a model', () => {
  const tables = new Set(columns.map((c) => c.table_name));
  expect([...tables].sort()).toEqual(dmmf.models.map(tableOf).sort());
});

test('every column has the type and nullability of its field, and no column is unknown to the schema', () => {
  for (const model of dmmf.models) {
    const scalars = model.fields.filter((f) => f.kind !== 'object');
    const dbCols = columns.filter((c) => c.table_name === tableOf(model));
    expect(dbCols.map((c) => c.column_name).sort()).toEqual(scalars.map((f) => f.dbName ?? f.name).sort());
    for (const f of scalars) {
      const col = dbCols.find((c) => c.column_name === (f.dbName ?? f.name))!;
      const actual =
        col.data_type === 'USER-DEFINED'
          ? `USER-DEFINED:${col.udt_name}`
          : col.data_type === 'ARRAY'
            ? `ARRAY:${col.udt_name}`
            : col.data_type;
      expect(`${model.name}.${f.name}: ${actual}`).toBe(`${model.name}.${f.name}: ${expectedType(f)}`);
      // Prisma itself leaves list columns nullable; every other required field is NOT NULL
      if (!f.isList)
        expect(`${model.name}.${f.name}: ${col.is_nullable === 'NO' ? 'required' : 'optional'}`).toBe(
          `${model.name}.${f.name}: ${f.isRequired ? 'required' : 'optional'}`,
        );
    }
  }
});

test('every enum has exactly the values of the schema', async () => {
  const { rows } = await db.query(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  );
  expect(rows.map((r) => `${r.name}: ${r.values.join(',')}`).sort()).toEqual(
    dmmf.enums.map((e) => `${e.name}: ${e.values.map((v) => v.name).join(',')}`).sort(),
  );
});

test('every id, unique and index of the schema exists in the database, and no other', () => {
  const expected = dmmf.indexes.map((ix) => {
    const model = dmmf.models.find((m) => m.name === ix.model)!;
    return `${tableOf(model)}(${ix.fields.map((f) => columnOf(model, f.name)).join(',')}) ${ix.type === 'normal' ? 'index' : 'unique'} ${(ix.algorithm ?? 'BTree').toLowerCase()}`;
  });
  const actual = indexes.map(
    (ix) => `${ix.table}(${ix.columns.join(',')}) ${ix.unique ? 'unique' : 'index'} ${ix.method}`,
  );
  // constraints Prisma's schema language cannot express, each kept by a migration for a reason its model names
  const beyondPrisma = [
    'appointment(desk_id) index gist' /* appointment_no_overlap: no double booking of a desk */,
    'appointment(desk_id,starts_at,blocked_until,id) index btree' /* appointment_agenda: availability, index only */,
    'notification(created_at) index btree' /* notification_waiting_idx: the outbox's waiting rows, in claiming order */,
    'notification(send_after) index btree' /* notification_delayed_idx: when the next delayed row falls due */,
    // ticket_first_response_hours_idx, ticket_resolution_hours_idx: the hours (an expression) with these included
    'ticket(created_at,first_response_at,department_id) index btree',
    'ticket(created_at,resolved_at,department_id) index btree',
  ];
  expect(actual.sort()).toEqual([...expected, ...beyondPrisma].sort());
});

test('every relation is a foreign key with the schema’s delete rule', async () => {
  const { rows } = await db.query(`
    SELECT tc.table_name, kcu.column_name, ccu.table_name AS ref_table, rc.delete_rule
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
    JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
    JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name
    WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`);
  const rule = (r?: string) =>
    ({ Cascade: 'CASCADE', SetNull: 'SET NULL', Restrict: 'RESTRICT', NoAction: 'NO ACTION' })[r ?? 'NoAction'] ?? r;
  const expected = dmmf.models.flatMap((m) =>
    m.fields
      .filter((f) => f.kind === 'object' && f.relationFromFields?.length)
      .map((f) => {
        const target = dmmf.models.find((x) => x.name === f.type)!;
        return `${tableOf(m)}.${columnOf(m, f.relationFromFields![0])} -> ${tableOf(target)} on delete ${rule(f.relationOnDelete)}`;
      }),
  );
  expect(
    rows.map((r) => `${r.table_name}.${r.column_name} -> ${r.ref_table} on delete ${r.delete_rule}`).sort(),
  ).toEqual(expected.sort());
});

test('the generated client was generated from this schema', () => {
  // Prisma 7 exposes model and field names through ModelName and the *ScalarFieldEnum objects
  expect(Object.values(Prisma.ModelName).sort()).toEqual(dmmf.models.map((m) => m.name).sort());
  for (const m of dmmf.models) {
    const enumName = `${m.name}ScalarFieldEnum` as keyof typeof Prisma;
    const fields = Object.values(Prisma[enumName] as Record<string, string>);
    expect(fields.sort()).toEqual(
      m.fields
        .filter((f) => f.kind !== 'object')
        .map((f) => f.name)
        .sort(),
    );
  }
});
