// A real nginx in front of several api copies, with the checked-in proxy configuration (deploy/nginx.conf): its own
// temporary folder for the config, pid file, logs and request-body buffers, in the foreground as a child process.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const NGINX_CONF = path.join(__dirname, '../../deploy/nginx.conf');

export function nginxBinary(): string | undefined {
  return ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((f) => existsSync(f));
}

/**
 * deploy/nginx.conf with the test's ports, plus a header naming the copy that answered (the test's only
 * addition: it tells which copy served a request, and would leak internal addresses in production).
 */
export function proxyConfig(port: number, upstreams: number[]): string {
  const conf = readFileSync(NGINX_CONF, 'utf8');
  const servers = upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n');
  const replaced = conf
    .replace(/( {4}server 127\.0\.0\.1:\d+ max_fails=1 fail_timeout=5s;\n)+/, `${servers}\n`)
    .replace('listen 80;', `listen 127.0.0.1:${port};\n    add_header X-Upstream $upstream_addr always;`);
  if (!replaced.includes(`listen 127.0.0.1:${port}`) || !replaced.includes(servers)) {
    throw new Error('deploy/nginx.conf no longer has the upstream and listen lines this test fills in');
  }
  return replaced;
}

export interface Nginx {
  url: string;
  dir: string;
  stop(): Promise<void>;
}

/** `tweak` changes the configuration for one test (e.g. a copy that is never marked down). */
export async function startNginx(
  port: number,
  upstreams: number[],
  tweak: (conf: string) => string = (c) => c,
): Promise<Nginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error('This test needs nginx: apt-get install -y nginx');
  const dir = mkdtempSync(path.join(tmpdir(), 'voordeur-nginx-'));
  // nginx's worker processes drop root for "nobody", who must be able to write the body buffers
  chmodSync(dir, 0o755);
  const temp = path.join(dir, 'temp');
  mkdirSync(temp);
  chmodSync(temp, 0o777);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
    access_log ${dir}/access.log;
    client_body_temp_path ${temp}/body;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;
${tweak(proxyConfig(port, upstreams))}
}
`,
  );
  const proc = spawn(binary, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`nginx did not start: ${stderr}`);
    const up = await fetch(`${url}/health/live`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dir,
    stop: async () => {
      if (proc.exitCode === null) {
        // QUIT: graceful stop of the master and its worker
        proc.kill('SIGQUIT');
        await new Promise((r) => proc.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
