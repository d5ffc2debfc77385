// Imported first: this file's api talks to a Redis of its own (configuration is read once, at first use).
import { execFileSync } from 'node:child_process';

const script =
  "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
export const OWN_REDIS_PORT = Number(execFileSync(process.execPath, ['-e', script]).toString());
process.env.REDIS_URL = `redis://127.0.0.1:${OWN_REDIS_PORT}`;
