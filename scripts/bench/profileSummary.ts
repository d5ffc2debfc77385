import { readFileSync } from 'node:fs';

// Where a process's CPU time went, by part of the system: `node dist/scripts/bench/profileSummary.js <x.cpuprofile>
// [tickets]` reads a V8 CPU profile (BENCH_CPU_PROF=<dir> on a benchmark writes one for the process it starts) and
// prints self time per part, and per ticket when the number of tickets is given.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** The part a frame belongs to, by its file; the first rule that matches wins. */
const PARTS: [string, RegExp][] = [
  ['Prisma client and its query compiler', /node_modules\/(@prisma|\.prisma|prisma)\/|src\/generated\//],
  ['pg driver (protocol, parsing rows)', /node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-)/],
  ['BullMQ and ioredis (queues, Redis)', /node_modules\/(bullmq|ioredis|msgpackr|cluster-key-slot|@ioredis)/],
  ['rate limiter', /src\/http\/rateLimit/],
  [
    'Express, body parsing, multer',
    /node_modules\/(express|body-parser|multer|busboy|router|raw-body|type-is|qs|cookie|send|finalhandler|on-finished|iconv-lite|negotiator|accepts|content-type|mime)/,
  ],
  ['helmet, compression, http middleware', /node_modules\/(helmet|compression|cors|csrf)|src\/http\//],
  ['zod validation', /node_modules\/zod/],
  ['pino logging', /node_modules\/(pino|sonic-boom|thread-stream)/],
  ['sending mail (nodemailer, the worker)', /node_modules\/(nodemailer|smtp)|src\/channels\/email\/(mailer|sender)/],
  [
    'intake, routing, SLA, templates (own code)',
    /src\/(intake|routing|notifications|tickets|contacts|channels|shared)\//,
  ],
  ['live events (console stream)', /src\/live\//],
  ['other own code', /\/dist\/src\//],
  ['other libraries', /node_modules\//],
  ['Node.js itself (net, http, streams, crypto)', /^node:|^internal\//],
];

function partOf(frame: ProfileNode['callFrame']): string {
  if (frame.functionName === '(garbage collector)') return 'garbage collection';
  if (frame.functionName === '(idle)') return 'idle';
  if (frame.functionName === '(program)') return 'V8 and native (program)';
  // sending on a socket (to PostgreSQL, Redis, the SMTP server, the client): on a busy machine this also holds the
  // moments the process waited for a core after waking the other end
  if (!frame.url && /^write(v|Buffer|Utf8String|Latin1String|AsciiString)?$/.test(frame.functionName))
    return 'socket writes (system calls)';
  for (const [name, pattern] of PARTS) if (pattern.test(frame.url)) return name;
  return frame.url ? 'other' : 'native (no script)';
}

export function summarize(profile: Profile): { part: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // time spent loading modules (start-up, a first import) is counted apart, not as the code being loaded
  const loading = new Map<number, boolean>();
  const isLoading = (id: number): boolean => {
    const known = loading.get(id);
    if (known !== undefined) return known;
    const frame = byId.get(id)!.callFrame;
    const up = parent.get(id);
    const result = frame.url.startsWith('node:internal/modules/') || (up !== undefined && isLoading(up));
    loading.set(id, result);
    return result;
  };
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const part = isLoading(id) ? 'loading modules (start-up)' : partOf(byId.get(id)!.callFrame);
    self.set(part, (self.get(part) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  return [...self].map(([part, ms]) => ({ part, ms })).sort((a, b) => b.ms - a.ms);
}

if (require.main === module) {
  const [file, ticketsArg] = process.argv.slice(2);
  if (!file) {
    console.error('usage: profileSummary <file.cpuprofile> [tickets]');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const parts = summarize(profile);
  const tickets = Number(ticketsArg) || undefined;
  const working = (p: { part: string }) => p.part !== 'idle' && p.part !== 'loading modules (start-up)';
  const busy = parts.filter(working).reduce((sum, p) => sum + p.ms, 0);
  console.log(
    `profile of ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s, ${busy.toFixed(0)} ms busy after start-up`,
  );
  console.log(`part                                            ms   % busy${tickets ? '   ms per ticket' : ''}`);
  for (const { part, ms } of parts) {
    const counted = working({ part });
    const share = counted ? `${((100 * ms) / busy).toFixed(1)} %` : '';
    console.log(
      `${part.padEnd(44)} ${ms.toFixed(0).padStart(6)}   ${share.padStart(6)}${tickets && counted ? `   ${(ms / tickets).toFixed(2).padStart(13)}` : ''}`,
    );
  }
  if (tickets)
    console.log(
      `${'busy, per ticket'.padEnd(44)} ${''.padStart(6)}   ${''.padStart(6)}   ${(busy / tickets).toFixed(2).padStart(13)}`,
    );
}
