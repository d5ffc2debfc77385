import { Client } from 'pg';
import { startSystem } from './harness';
import { hashPassword } from '../../src/auth/password';

// The console's ticket list over a town's years of tickets: what an agent waits for when the list opens, a filter
// is clicked or a word or a reference is typed into the search box.
const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const PASSWORD = 'bench-password-2026';

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const FIRST = [
  'Marie',
  'Jan',
  'Luc',
  'An',
  'Els',
  'Tom',
  'Sofie',
  'Pieter',
  'Lotte',
  'Wim',
  'Inge',
  'Bart',
  'Nele',
  'Koen',
  'Fien',
  'Jef',
  'Hilde',
  'Dirk',
  'Ann',
  'Stijn',
];
const LAST = [
  'Janssens',
  'Peeters',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Dubois',
  'Lambert',
  'Dupont',
  'Martens',
  'Vermeulen',
  'Hermans',
  'Pauwels',
  'Aerts',
  'Cools',
  'Michiels',
];
const STREETS = [
  'Kerkstraat',
  'Stationsstraat',
  'Molenstraat',
  'Schoolstraat',
  'Nieuwstraat',
  'Dorpsstraat',
  'Kapelstraat',
  'Beekstraat',
  'Veldstraat',
  'Hoogstraat',
  'Lindelaan',
  'Markt',
  'Kasteelstraat',
  'Bosstraat',
  'Meersstraat',
  'Zandstraat',
  'Groenstraat',
  'Leopoldlaan',
  'Vijverstraat',
  'Heidestraat',
];
const SUBJECTS = [
  'Straatlamp brandt niet',
  'Put in de weg',
  'Zwerfvuil op het voetpad',
  'Vraag over mijn identiteitskaart',
  'Afvalophaling niet gepasseerd',
  'Boom valt bijna om',
  'Lawaai van de buren',
  'Parkeerkaart aanvragen',
  'Verstopte riolering',
  'Graffiti op de gevel',
  'Vraag over bouwvergunning',
  'Kapotte bank in het park',
  'Rijbewijs vernieuwen',
  'Attest van woonst nodig',
  'Verkeersbord omgereden',
];

async function generate(db: Client) {
  // generated in bulk without the per-row triggers; the search documents are then written in one statement
  // as the migration writes them for existing tickets
  await db.query(`SET session_replication_role = replica`);
  await db.query(
    `INSERT INTO department (id, name, updated_at) SELECT gen_random_uuid(), 'Dienst ' || n, now() FROM generate_series(1, 6) n`,
  );
  // one contact per five tickets, each with an email address
  await db.query(
    `INSERT INTO contact (id, name, updated_at)
     SELECT gen_random_uuid(), ($2::text[])[1 + n % 20] || ' ' || ($3::text[])[1 + (n / 20) % 20] || ' ' || n, now() FROM generate_series(1, $1 / 5) n`,
    [TICKETS, FIRST, LAST],
  );
  await db.query(
    `INSERT INTO contact_identity (id, contact_id, kind, value)
     SELECT gen_random_uuid(), id, 'email', 'burger' || row_number() OVER () || '@voorbeeld.be' FROM contact`,
  );
  // a Damm check digit, as the references carry (src/tickets/reference.ts), so references typed in full are valid
  await db.query(`CREATE FUNCTION pg_temp.damm(d text) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
    DECLARE t int[] := ARRAY[0,3,1,7,5,9,8,6,4,2, 7,0,9,2,1,5,4,8,6,3, 4,2,0,6,8,7,1,3,5,9, 1,7,5,0,9,8,3,4,2,6, 6,1,2,3,0,4,5,9,7,8,
                             3,6,7,4,2,0,9,5,8,1, 5,8,6,9,7,2,0,1,3,4, 8,9,4,5,3,6,2,0,1,7, 9,4,3,8,6,1,7,2,0,5, 2,5,8,1,4,3,6,7,9,0];
            i int := 0;
    BEGIN FOR k IN 1..length(d) LOOP i := t[i * 10 + substr(d, k, 1)::int + 1]; END LOOP; RETURN i; END $$`);
  await db.query(
    `INSERT INTO ticket (id, reference, subject, status, priority, channel, contact_id, department_id, created_at, updated_at, first_response_due_at, due_at)
     SELECT gen_random_uuid(), 'VD-' || substr(d, 1, 4) || '-' || substr(d, 5, 3) || pg_temp.damm(substr(d, 1, 7)),
            ($2::text[])[1 + n % 15] || ' in de ' || ($3::text[])[1 + (n / 15) % 20],
            (ARRAY['new','open','open','pending_citizen','resolved','resolved','resolved','closed','closed','closed'])[1 + n % 10]::"TicketStatus",
            (ARRAY['low','normal','normal','normal','high','urgent'])[1 + n % 6]::"Priority",
            (ARRAY['web','email','phone','sms','counter','open311'])[1 + n % 6]::"Channel",
            (SELECT array_agg(id) FROM contact)[1 + n % ($1 / 5)],
            (SELECT array_agg(id ORDER BY name) FROM department)[1 + (n / 7) % 6],
            c, c, c + interval '24 hours', c + interval '120 hours'
     FROM (SELECT n, lpad(((n::bigint * 7919) % 10000000)::text, 7, '0') AS d, now() - interval '3 years' + (n::float / $1) * interval '3 years' AS c
           FROM generate_series(1, $1) n) s`,
    [TICKETS, SUBJECTS, STREETS],
  );
  await db.query(
    `INSERT INTO message (id, ticket_id, direction, channel, body_text, created_at)
     SELECT gen_random_uuid(), id, 'inbound', channel,
            'Goedendag, ' || subject || '. Het gaat om nummer ' || (abs(hashtext(id::text)) % 200) || ' ter hoogte van de ' ||
            (ARRAY['bakkerij','school','kerk','apotheek','sporthal','bibliotheek','bushalte','speeltuin'])[1 + abs(hashtext(reference)) % 8] ||
            '. Kunnen jullie dit bekijken? Alvast bedankt.', created_at
     FROM ticket`,
  );
  await db.query(`SET session_replication_role = DEFAULT`);
  await db.query(`SELECT ticket_search_rebuild()`);
  await db.query('ANALYZE');
}

async function main() {
  // BENCH_KEEP_DATABASE=<name>: keep the generated tickets in that database and measure again on them next time
  const kept = process.env.BENCH_KEEP_DATABASE;
  const system = await startSystem('console_list', {}, { mode: 'api', keepDatabase: kept });
  const db = new Client({ connectionString: system.databaseUrl });
  await db.connect();
  try {
    const started = Date.now();
    if (system.created) await generate(db);
    await db.query(
      `INSERT INTO app_user (id, email, name, role, password_hash, updated_at) VALUES (gen_random_uuid(), 'agent@bench.example', 'Agent', 'agent', $1, now())
       ON CONFLICT (email) DO NOTHING`,
      [await hashPassword(PASSWORD)],
    );
    const login = await fetch(`${system.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@bench.example', password: PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const dept = (await db.query(`SELECT id FROM department ORDER BY name LIMIT 1`)).rows[0].id as string;
    const { reference } = (await db.query(`SELECT reference FROM ticket ORDER BY created_at DESC OFFSET 5000 LIMIT 1`))
      .rows[0] as { reference: string };
    console.log(
      `\nThe console's ticket list over ${TICKETS.toLocaleString('en')} tickets (generated in ${Math.round((Date.now() - started) / 1000)} s), an agent, 25 rows, ${RUNS} runs each, one at a time\n`,
    );
    const cases: [string, Record<string, unknown>][] = [
      ['newest first', {}],
      ['status open', { status: 'open' }],
      ['department + status', { departmentId: dept, status: 'open' }],
      ['q: one word (Molenstraat)', { q: 'Molenstraat' }],
      ['q: two words (lamp kerkstraat)', { q: 'straatlamp kerkstraat' }],
      ['q: contact name', { q: 'Vermeulen' }],
      [`q: reference (${reference})`, { q: reference }],
      [
        `q: reference digits as read out (${reference.slice(3).replace('-', ' ')})`,
        { q: reference.slice(3).replace('-', ' ') },
      ],
      [`q: first half of a reference (${reference.slice(3, 7)})`, { q: reference.slice(3, 7) }],
      ['q + status', { q: 'Molenstraat', status: 'open' }],
    ];
    console.log('list                                              p50 ms   p95 ms   total');
    for (const [name, filter] of cases) {
      const times: number[] = [];
      let total = '';
      const url = `${system.url}/api/admin/tickets?${new URLSearchParams({ filter: JSON.stringify(filter), sort: '["createdAt","DESC"]', range: '[0,24]' })}`;
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        const res = await fetch(url, { headers: { cookie } });
        const body = await res.json();
        times.push(performance.now() - t0);
        if (res.status !== 200) throw new Error(`${name}: ${res.status} ${JSON.stringify(body)}`);
        total = res.headers.get('content-range')?.split('/')[1] ?? '?';
      }
      console.log(
        `${name.padEnd(48)} ${pct(times, 50).toFixed(0).padStart(7)}  ${pct(times, 95).toFixed(0).padStart(7)}   ${total}`,
      );
    }
  } finally {
    await db.end();
    await system.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
