import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';

/**
 * A real S3-compatible server (s3rver: objects as files in a temp folder, multipart uploads, copy, list) on a free
 * port, with a fresh bucket. Its address is fixed when this is called, so STORAGE_URL can be set before the app
 * reads its configuration; start() must run (in beforeAll) before anything is stored.
 */
export function s3Server(bucket = 'voordeur-test') {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  const port = Number(execFileSync(process.execPath, ['-e', script]).toString());
  const dir = mkdtempSync(path.join(tmpdir(), 'voordeur-s3-'));
  const endpoint = `http://127.0.0.1:${port}`;
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    directory: dir,
    silent: true,
    configureBuckets: [{ name: bucket }],
  });
  // s3rver takes any keys; Voordeur reads them from the environment, as an operator sets them
  process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true });
  let stopped = false;
  return {
    endpoint,
    bucket,
    url: (name = bucket) => `s3://${name}?endpoint=${endpoint}&region=us-east-1&forcePathStyle=true`,
    client,
    start: () => server.run(),
    /** Stops the server (a test may do it to see Voordeur without its bucket); the teardown's call then does nothing. */
    async stop() {
      if (stopped) return;
      stopped = true;
      client.destroy();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
    async createBucket(name: string) {
      await client.send(new CreateBucketCommand({ Bucket: name }));
    },
    /** Every object's name in a bucket. */
    async objectKeys(name = bucket): Promise<string[]> {
      const page = await client.send(new ListObjectsV2Command({ Bucket: name }));
      return (page.Contents ?? []).map((o) => o.Key!).sort();
    },
  };
}
