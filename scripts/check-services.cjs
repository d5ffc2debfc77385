#!/usr/bin/env node
// Runs before anything is installed (Node built-ins only): says plainly when PostgreSQL or Redis
// cannot be reached, and how to fix it.
const net = require('node:net');

const databaseUrl = process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/voordeur';
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

function reachable(url, defaultPort) {
  const u = new URL(url);
  const host = u.hostname || '127.0.0.1';
  const port = Number(u.port || defaultPort);
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve({ ok: true, host, port });
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve({ ok: false, host, port, why: 'no answer within 2 s' });
    });
    socket.once('error', (err) => resolve({ ok: false, host, port, why: err.code || err.message }));
  });
}

(async () => {
  const [pg, redis] = await Promise.all([reachable(databaseUrl, 5432), reachable(redisUrl, 6379)]);
  const problems = [];
  if (!pg.ok) {
    problems.push(
      `PostgreSQL is not reachable at ${pg.host}:${pg.port} (${pg.why}).\n` +
        '  Start it, for example with `docker compose up -d postgres redis` (docker-compose.yml is in this folder),\n' +
        '  or `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` on Debian,\n' +
        '  or point DATABASE_URL at your server (see .env.example).',
    );
  }
  if (!redis.ok) {
    problems.push(
      `Redis is not reachable at ${redis.host}:${redis.port} (${redis.why}).\n` +
        '  Start it, for example with `docker compose up -d postgres redis`,\n' +
        '  or `redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no`,\n' +
        '  or point REDIS_URL at your server (see .env.example).',
    );
  }
  if (problems.length) {
    console.error(`Voordeur needs PostgreSQL and Redis.\n\n${problems.join('\n\n')}`);
    process.exit(1);
  }
})();
