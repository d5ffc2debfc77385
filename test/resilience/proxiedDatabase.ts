// Imported first: this file's app reaches PostgreSQL through a proxy the test can cut.
import { execFileSync } from 'node:child_process';

const script =
  "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
export const PROXY_PORT = Number(execFileSync(process.execPath, ['-e', script]).toString());
const url = new URL(process.env.DATABASE_URL!);
export const DATABASE_TARGET = { host: url.hostname, port: Number(url.port || 5432) };
url.port = String(PROXY_PORT);
process.env.DATABASE_URL = url.toString();
