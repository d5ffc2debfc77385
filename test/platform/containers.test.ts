// docker-compose.yml and the Dockerfile cannot be run here (no Docker engine): what can be checked without one is
// checked. The compose file against the Compose specification's own JSON schema (test/fixtures/compose), the
// Dockerfile on its parsed instructions.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { DockerfileParser } from 'dockerfile-ast';
import { parse } from 'yaml';

const root = path.join(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface ComposeService {
  build?: string | { context?: string; dockerfile?: string };
  depends_on?: string[] | Record<string, { condition: string }>;
  volumes?: (string | { source?: string })[];
  command?: string | string[];
}
interface Compose {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

function composeValidator() {
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  // the schema's own formats, as Compose reads them
  ajv.addFormat('duration', /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/);
  ajv.addFormat('ports', /^((\[?[0-9a-fA-F.:]*\]?:)?([0-9]+(-[0-9]+)?:)?)?[0-9]+(-[0-9]+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('expose', /^[0-9]+(-[0-9]+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('subnet_ip_address', /^[0-9a-fA-F.:]+\/[0-9]+$/);
  const schema = JSON.parse(read('test/fixtures/compose/compose-spec.json'));
  // the 2021 edition names its identifiers "id" (draft-04 style); ajv wants "$id", and the inner ones only repeat
  // the path they sit at
  const dropIds = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.id === 'string') delete o.id;
    Object.values(o).forEach(dropIds);
  };
  dropIds(schema);
  delete schema.$schema;
  schema.$id = 'compose_spec.json';
  return ajv.compile(schema);
}

test('docker-compose.yml follows the Compose specification', () => {
  const validate = composeValidator();
  const compose = parse(read('docker-compose.yml'), { merge: true }) as Compose;
  const ok = validate(compose);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);

  // and the validator does refuse what Compose would refuse
  const broken = structuredClone(compose);
  (broken.services.api as Record<string, unknown>).depends_on = { migrate: { condition: 'when_ready' } };
  (broken.services.worker as Record<string, unknown>).restart_policy = 'always';
  expect(validate(broken)).toBe(false);
  expect(validate.errors!.map((e) => e.instancePath)).toEqual(
    expect.arrayContaining(['/services/api/depends_on/migrate/condition', '/services/worker']),
  );
});

test('docker-compose.yml hangs together: dependencies, volumes and builds exist, api and worker run the build', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as Compose;
  const names = Object.keys(compose.services);
  for (const [name, service] of Object.entries(compose.services)) {
    const deps = Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {});
    for (const dep of deps)
      expect({ service: name, dependsOn: dep, exists: names.includes(dep) }).toMatchObject({ exists: true });
    for (const volume of service.volumes ?? []) {
      const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
      if (source && !source.startsWith('.') && !source.startsWith('/'))
        expect(Object.keys(compose.volumes ?? {})).toContain(source);
    }
    if (service.build) {
      const context = typeof service.build === 'string' ? service.build : (service.build.context ?? '.');
      const dockerfile = typeof service.build === 'string' ? 'Dockerfile' : (service.build.dockerfile ?? 'Dockerfile');
      expect(existsSync(path.join(root, context, dockerfile))).toBe(true);
    }
  }
  expect(compose.services.api.command).toEqual(['node', 'dist/src/main.js', 'api']);
  expect(compose.services.worker.command).toEqual(['node', 'dist/src/main.js', 'worker']);
});

test('the Dockerfile builds on Node 20 with npm ci and runs as an unprivileged user', () => {
  const dockerfile = DockerfileParser.parse(read('Dockerfile'));
  const froms = dockerfile.getFROMs();
  expect(froms.length).toBeGreaterThan(0);
  for (const from of froms) {
    expect(from.getImageName()).toBe('node');
    expect(from.getImageTag()).toMatch(/^20(\.|-|$)/);
  }
  const instructions = dockerfile.getInstructions();
  const runs = instructions.filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '');
  // the exact lockfile install, for the server and the console
  expect(runs.some((r) => /\bnpm ci\b/.test(r) && /npm --prefix admin-ui ci\b/.test(r))).toBe(true);
  expect(runs.some((r) => /\bnpm install\b/.test(r))).toBe(false);

  // the last stage (the image that runs) ends up as a user other than root
  const lastFrom = froms[froms.length - 1].getRange().start.line;
  const finalStage = instructions.filter((i) => i.getRange().start.line > lastFrom);
  const users = finalStage.filter((i) => i.getKeyword() === 'USER').map((i) => i.getArgumentsContent()?.trim());
  expect(users.length).toBeGreaterThan(0);
  expect(users[users.length - 1]).not.toMatch(/^(root|0)(:|$)/);
  const cmd = finalStage.find((i) => i.getKeyword() === 'CMD')!;
  expect(JSON.parse(cmd.getArgumentsContent()!)).toEqual(['node', 'dist/src/main.js', 'all']);

  // what the image copies from the source folder is there, and the build context leaves the local builds out
  for (const copy of finalStage.filter((i) => i.getKeyword() === 'COPY')) {
    const [source] = copy.getArgumentsContent()!.split(/\s+/);
    const relative = source.replace(/^\/app\//, '');
    if (['dist', 'admin-ui/dist', 'node_modules'].includes(relative)) continue;
    expect({ copy: relative, exists: existsSync(path.join(root, relative)) }).toMatchObject({ exists: true });
  }
  const ignored = read('.dockerignore').split('\n');
  expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'admin-ui/node_modules', 'dist', '.git']));
});

test('the image, npm start and the benchmarks run Node with the same young generation, which Node takes from NODE_OPTIONS', () => {
  const dockerfile = DockerfileParser.parse(read('Dockerfile'));
  const env = dockerfile
    .getInstructions()
    .filter((i) => i.getKeyword() === 'ENV')
    .map((i) => i.getArgumentsContent() ?? '')
    .find((e) => e.startsWith('NODE_OPTIONS='));
  expect(env).toMatch(/^NODE_OPTIONS=--max-semi-space-size=\d+$/);
  const flags = env!.slice('NODE_OPTIONS='.length);
  // scripts/start.sh starts the system with the same flags on the command line
  expect(read('scripts/start.sh')).toContain(`node ${flags} dist/src/main.js all`);
  // and the benchmarks measure the process as it runs there
  expect(read('scripts/bench/harness.ts')).toContain(`'${flags}',`);
  // Node refuses an option it does not allow in NODE_OPTIONS, and the image's processes would not start
  const run = spawnSync(process.execPath, ['-e', '0'], { env: { ...process.env, NODE_OPTIONS: flags } });
  expect({ status: run.status, stderr: run.stderr.toString() }).toEqual({ status: 0, stderr: '' });
});
