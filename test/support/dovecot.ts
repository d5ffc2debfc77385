// A real IMAP server for the email tests: Dovecot in a temporary folder of its own (config, Maildirs,
// sockets, state and log), on a port of its own, so two jest workers can each run one. The server is
// stopped and its folder removed before the file's database is dropped (onTeardown).
//
// What the server is like: Dovecot 2.3, plain IMAP (no TLS) with LOGIN and AUTHENTICATE PLAIN,
// IDLE, UIDPLUS, MOVE, CONDSTORE; one namespace with "." as separator (a folder "Verwerkt" is
// "Verwerkt", a subfolder "Verwerkt.2025"); INBOX plus Drafts, Sent, Junk and Trash with their
// special-use flags. IDLE reports new mail about half a second after it arrives; note that an
// ImapFlow client only enters IDLE after `autoIdleDelay` (15 s by default) of quiet. Dovecot stores
// bare LF as CRLF and NUL bytes as 0x80. The after-failed-login delay is switched off (see config).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { onTeardown } from './teardown';

export interface DovecotUser {
  user: string;
  password: string;
}

export interface Dovecot {
  host: string;
  port: number;
  /** the temporary folder holding config, mail (mail/<user>), state and dovecot.log */
  dir: string;
  /** imap://user:password@host:port/folder, user and password URL-encoded */
  url(user: DovecotUser, folder?: string): string;
  /** IMAP APPEND as that user; resolves to the new message's UID (APPENDUID) */
  append(user: DovecotUser, raw: string | Buffer, folder?: string, flags?: string[]): Promise<number>;
  /** many messages on one connection, 250 per MULTIAPPEND command (1,000 in about 0.3 s) */
  appendMany(user: DovecotUser, raws: (string | Buffer)[], folder?: string): Promise<void>;
  /** what is in the folder, read-only (EXAMINE); the session flag \Recent is left out */
  messages(
    user: DovecotUser,
    folder?: string,
  ): Promise<{ uid: number; flags: string[]; messageId?: string; subject?: string }[]>;
  createFolder(user: DovecotUser, folder: string): Promise<void>;
  /** stops the server: every process of it ends, open connections drop */
  stop(): Promise<void>;
  /** starts it again on the same port with the same mail */
  start(): Promise<void>;
}

const MISSING = 'The email tests need Dovecot: apt-get install -y dovecot-imapd';
const HOST = '127.0.0.1';

function dovecotBinary(): string | undefined {
  const dirs = [
    ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean),
    '/usr/sbin',
    '/usr/local/sbin',
    '/sbin',
  ];
  for (const dir of dirs) {
    const file = path.join(dir, 'dovecot');
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** The dovecot binary is installed. */
export function dovecotAvailable(): boolean {
  return dovecotBinary() !== undefined;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, HOST, () => s.close(() => resolve(true)));
  });
}

/**
 * A free port below the kernel's ephemeral range: outgoing connections (PostgreSQL, Redis, ...) take
 * their local ports from that range, and one of them could otherwise sit on our port while the
 * server is stopped and make start() fail.
 */
async function pickPort(): Promise<number> {
  let low = 32768;
  try {
    low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || low;
  } catch {
    // not Linux: keep the usual default
  }
  const from = 10000;
  const to = Math.min(low, 65536) - 1;
  if (to - from > 1000) {
    for (let i = 0; i < 50; i++) {
      const port = from + Math.floor(Math.random() * (to - from));
      if (await portIsFree(port)) return port;
    }
  }
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, HOST, () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** pids of the live (not zombie) processes in a process group, from /proc */
function groupMembers(pgid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function config(dir: string, port: number, mailUid: number): string {
  return `# written by test/support/dovecot.ts
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = ${HOST}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# a wrong password answers at once, not after 2 seconds
auth_failure_delay = 0
mail_location = maildir:${dir}/mail/%u
mail_uid = mail
mail_gid = mail
# Dovecot refuses to store mail as root (uid 0)
first_valid_uid = ${mailUid}
default_login_user = dovenull
default_internal_user = dovecot
# tests never need data to survive a power cut; saves an fsync per APPEND
mail_fsync = never
mail_max_userip_connections = 100

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=mail gid=mail home=${dir}/mail/%u
}

namespace inbox {
  inbox = yes
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
}

# no "auth penalty": after a failed login Dovecot otherwise holds the next logins from the same IP
# (every test connects from 127.0.0.1) for 2 to 15 seconds; without this socket the penalty is off
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}

service imap-login {
  inet_listener imap {
    address = ${HOST}
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
`;
}

function passwdFile(users: DovecotUser[]): string {
  return users
    .map(({ user, password }) => {
      if (/[:\s]/.test(user))
        throw new Error(`Dovecot test user names cannot hold ':' or spaces: ${JSON.stringify(user)}`);
      // base64 so any password (':' included) fits the passwd-file line
      return `${user}:{PLAIN.b64}${Buffer.from(password, 'utf8').toString('base64')}::::::\n`;
    })
    .join('');
}

/** Starts a Dovecot IMAP server for these users (empty mailboxes). Stopped automatically at teardown. */
export async function startDovecot(users: DovecotUser[]): Promise<Dovecot> {
  const binary = dovecotBinary();
  if (!binary) throw new Error(MISSING);
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error('The Dovecot test server must be started as root (it stores mail as the `mail` user)');
  }

  const dir = mkdtempSync(path.join(tmpdir(), 'voordeur-dovecot-'));
  // the imap processes run as `mail` and must get through this folder to mail/
  await chmod(dir, 0o755);
  const mailRoot = path.join(dir, 'mail');
  await mkdir(mailRoot);
  const mail = mailIds();
  await chown(mailRoot, mail.uid, mail.gid);
  await writeFile(path.join(dir, 'users'), passwdFile(users), { mode: 0o644 });
  const confFile = path.join(dir, 'dovecot.conf');
  const logFile = path.join(dir, 'dovecot.log');

  let port = 0;
  let child: ChildProcess | undefined;
  let watchdog: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let output = '';

  const logTail = () => {
    let log = '';
    try {
      log = readFileSync(logFile, 'utf8');
    } catch {
      // no log yet
    }
    return `${output}${log}`.split('\n').slice(-15).join('\n');
  };

  const onExit = () => {
    // the test process is going away without teardown: take the server down with it
    if (child?.pid) killGroup(child.pid, 'SIGKILL');
  };

  /** resolves once the server greets on the port; rejects if the process ends first */
  async function waitForGreeting(proc: ChildProcess, timeoutMs = 15000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (proc.exitCode !== null || proc.signalCode !== null) {
        throw new Error(`Dovecot exited at start (${proc.exitCode ?? proc.signalCode}):\n${logTail()}`);
      }
      const greeted = await new Promise<boolean>((resolve) => {
        const socket = net.connect(port, HOST);
        let data = '';
        const done = (ok: boolean) => {
          socket.destroy();
          resolve(ok);
        };
        socket.setTimeout(1000, () => done(false));
        socket.on('error', () => done(false));
        socket.on('data', (chunk) => {
          data += chunk.toString('latin1');
          if (data.includes('\r\n')) done(data.startsWith('* OK'));
        });
        socket.on('close', () => done(false));
      });
      if (greeted) return;
      if (Date.now() > deadline)
        throw new Error(`Dovecot did not answer on ${HOST}:${port} within ${timeoutMs} ms:\n${logTail()}`);
      await sleep(20);
    }
  }

  async function launch(): Promise<void> {
    await writeFile(confFile, config(dir, port, mail.uid));
    output = '';
    // its own process group (detached), so stop() can end the master and every child it forked at once
    const proc = spawn(binary!, ['-F', '-c', confFile], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    if (!proc.pid) throw new Error(`could not start ${binary}`);
    child = proc;
    exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.once('error', (err) => {
      output += `${err.message}\n`;
    });
    proc.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    proc.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    // Watchdog in its own session: if this test process dies without teardown (crash, SIGKILL,
    // Ctrl-C), its end of the pipe closes, `read` ends and the watchdog kills the server's group.
    watchdog = spawn('sh', ['-c', `while read -r _; do :; done; kill -9 -${proc.pid}`], {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    watchdog.unref();
    (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
    process.once('exit', onExit);
    try {
      await waitForGreeting(proc);
    } catch (err) {
      await halt();
      throw err;
    }
  }

  async function halt(): Promise<void> {
    const proc = child;
    if (!proc?.pid) return;
    process.removeListener('exit', onExit);
    if (watchdog) {
      watchdog.kill('SIGKILL');
      watchdog.stdin?.destroy();
      watchdog = undefined;
    }
    const pgid = proc.pid;
    // SIGTERM to the whole group: the master alone takes about a second to wind down its children
    killGroup(pgid, 'SIGTERM');
    const deadline = Date.now() + 5000;
    while (groupMembers(pgid).length > 0) {
      if (Date.now() > deadline) {
        killGroup(pgid, 'SIGKILL');
        await sleep(50);
        if (Date.now() > deadline + 2000) break;
      }
      await sleep(10);
    }
    if (proc.exitCode === null && proc.signalCode === null) await exited;
    child = undefined;
    // after a SIGKILL the master leaves its pid file behind; a new master would check it
    await rm(path.join(dir, 'run', 'master.pid'), { force: true });
  }

  // the port is checked free just before, yet another worker may take it first: try a few
  for (let attempt = 1; ; attempt++) {
    port = await pickPort();
    try {
      await launch();
      break;
    } catch (err) {
      if (attempt >= 5 || !/in use/i.test((err as Error).message)) {
        await rm(dir, { recursive: true, force: true });
        throw err;
      }
    }
  }

  function client(user: DovecotUser): ImapFlow {
    const c = new ImapFlow({
      host: HOST,
      port,
      secure: false,
      doSTARTTLS: false,
      auth: { user: user.user, pass: user.password },
      logger: false,
      disableAutoIdle: true,
    });
    // errors also reject the pending command; without a listener an 'error' event would throw
    c.on('error', () => undefined);
    return c;
  }

  async function session<T>(user: DovecotUser, fn: (c: ImapFlow) => Promise<T>): Promise<T> {
    const c = client(user);
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.logout().catch(() => c.close());
    }
  }

  let stopped = false;
  let running: Promise<void> | undefined;

  const dovecot: Dovecot = {
    host: HOST,
    get port() {
      return port;
    },
    dir,
    url(user, folder = 'INBOX') {
      const mailbox = folder.split('/').map(encodeURIComponent).join('/');
      return `imap://${encodeURIComponent(user.user)}:${encodeURIComponent(user.password)}@${HOST}:${port}/${mailbox}`;
    },
    append(user, raw, folder = 'INBOX', flags = []) {
      return session(user, async (c) => {
        const res = await c.append(folder, raw, flags);
        if (!res || typeof res.uid !== 'number') throw new Error(`APPEND to ${folder} as ${user.user} returned no UID`);
        return res.uid;
      });
    },
    async appendMany(user, raws, folder = 'INBOX') {
      // MULTIAPPEND (RFC 3502) is ten times faster than one APPEND per message; a folder name that
      // needs modified UTF-7 goes through imapflow, which encodes it
      if (/^[\x20-\x7e]*$/.test(folder)) return multiAppend(port, user, raws, folder);
      return session(user, async (c) => {
        for (const raw of raws) {
          const res = await c.append(folder, raw);
          if (!res) throw new Error(`APPEND to ${folder} as ${user.user} failed`);
        }
      });
    },
    messages(user, folder = 'INBOX') {
      return session(user, async (c) => {
        const box = await c.mailboxOpen(folder, { readOnly: true });
        if (!box.exists) return [];
        const list: { uid: number; flags: string[]; messageId?: string; subject?: string }[] = [];
        for await (const m of c.fetch('1:*', { uid: true, flags: true, envelope: true })) {
          list.push({
            uid: m.uid,
            flags: [...(m.flags ?? [])].filter((f) => f !== '\\Recent').sort(),
            messageId: m.envelope?.messageId || undefined,
            subject: m.envelope?.subject || undefined,
          });
        }
        return list.sort((a, b) => a.uid - b.uid);
      });
    },
    createFolder(user, folder) {
      return session(user, async (c) => {
        await c.mailboxCreate(folder);
      });
    },
    async stop() {
      await running?.catch(() => undefined);
      running = halt();
      await running;
    },
    async start() {
      await running?.catch(() => undefined);
      if (stopped) throw new Error('this Dovecot was torn down');
      if (child && child.exitCode === null && child.signalCode === null) return;
      // not started, stopped, or died on its own: clear what is left, then start afresh
      running = halt().then(launch);
      await running;
    },
  };

  onTeardown(async () => {
    await dovecot.stop();
    stopped = true;
    await rm(dir, { recursive: true, force: true });
  });
  return dovecot;
}

/**
 * Many messages in few commands: AUTHENTICATE PLAIN, then APPEND with up to 250 LITERAL+ literals
 * each (MULTIAPPEND), on a plain socket.
 */
async function multiAppend(port: number, user: DovecotUser, raws: (string | Buffer)[], folder: string): Promise<void> {
  const socket = net.connect(port, HOST);
  socket.setNoDelay(true);
  let data = '';
  let failure: Error | undefined;
  let waiting: { tag: string; resolve: () => void; reject: (err: Error) => void } | undefined;
  const check = () => {
    if (!waiting) return;
    const tag = waiting.tag === '*' ? '\\*' : waiting.tag;
    const m = new RegExp(`(?:^|\r\n)${tag} (OK|NO|BAD)([^\r\n]*)\r\n`).exec(data);
    if (!m && !failure) return;
    const w = waiting;
    waiting = undefined;
    data = '';
    if (m?.[1] === 'OK') w.resolve();
    else
      w.reject(
        new Error(
          m ? `IMAP ${m[1]}${m[2]} (APPEND to ${folder} as ${user.user})` : `IMAP connection: ${failure!.message}`,
        ),
      );
  };
  socket.on('data', (chunk: Buffer) => {
    data += chunk.toString('latin1');
    check();
  });
  socket.on('error', (err) => {
    failure = err;
    check();
  });
  socket.on('close', () => {
    failure ??= new Error('closed by the server');
    check();
  });
  const reply = (tag: string) =>
    new Promise<void>((resolve, reject) => {
      waiting = { tag, resolve, reject };
      check();
    });
  try {
    await reply('*');
    const sasl = Buffer.from(`\0${user.user}\0${user.password}`, 'utf8').toString('base64');
    socket.write(`A1 AUTHENTICATE PLAIN ${sasl}\r\n`);
    await reply('A1');
    const mailbox = `"${folder.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
    for (let i = 0, n = 2; i < raws.length; i += 250, n++) {
      const parts: Buffer[] = [Buffer.from(`A${n} APPEND ${mailbox}`)];
      for (const raw of raws.slice(i, i + 250)) {
        const body = Buffer.isBuffer(raw) ? raw : Buffer.from(raw, 'utf8');
        parts.push(Buffer.from(` {${body.length}+}\r\n`), body);
      }
      parts.push(Buffer.from('\r\n'));
      socket.write(Buffer.concat(parts));
      await reply(`A${n}`);
    }
    socket.write('Z LOGOUT\r\n');
    await reply('Z').catch(() => undefined);
  } finally {
    socket.destroy();
  }
}

/** uid and gid of the `mail` user (8 on Debian) */
function mailIds(): { uid: number; gid: number } {
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('mail:'));
    if (line) {
      const [, , uid, gid] = line.split(':');
      return { uid: Number(uid), gid: Number(gid) };
    }
  } catch {
    // fall back to Debian's ids
  }
  return { uid: 8, gid: 8 };
}
