import type { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { randomToken, sha256Hex } from '../shared/tokens';
import { ServiceUnavailableError } from '../shared/errors';
import type { StorageLocation } from '../storageLocation';
import type { BlobStore, StoredBlob } from './storage';
import { assertKey, ChecksumMismatch, hashingStream, KEY_PATTERN, missingBlob } from './contentAddress';

/** The bucket's service failed or could not be reached: a 503 for the client, not a 500. */
function unavailable(err: unknown): unknown {
  const e = err as { $fault?: string; code?: string; name?: string; message?: string; cause?: { code?: string } };
  // a network error may come wrapped by the SDK ("AWS SDK error wrapper for Error: connect ECONNREFUSED …")
  const network = NETWORK_CODES.has(e?.code ?? e?.cause?.code ?? '') || NETWORK_MESSAGE.test(String(e?.message ?? ''));
  if (network || e?.name === 'TimeoutError' || (err instanceof S3ServiceException && e.$fault === 'server'))
    return new ServiceUnavailableError('The file storage is not answering; please try again in a few seconds.');
  return err;
}
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const NETWORK_MESSAGE = /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN)\b|socket hang up/;

const isMissing = (err: unknown) =>
  err instanceof S3ServiceException &&
  (err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata.httpStatusCode === 404);

/**
 * Content-addressed objects in an S3-compatible bucket (AWS, MinIO, Garage, Ceph, Scaleway, OVH…): <prefix><sha256>.
 * A stream is uploaded in parts to <prefix>tmp/…, hashed on the way, then copied to its key inside the bucket; an
 * interrupted upload leaves only a tmp/ object behind (a lifecycle rule on tmp/ can sweep those).
 */
export class S3Store implements BlobStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(location: Extract<StorageLocation, { kind: 's3' }>) {
    this.bucket = location.bucket;
    this.prefix = location.prefix;
    this.client = new S3Client({
      region: location.region,
      endpoint: location.endpoint,
      forcePathStyle: location.forcePathStyle,
      // checksums only where S3 requires them: not every S3-compatible server understands the newer CRC headers
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // a bucket that does not answer is an error within seconds, not a request that hangs
      requestHandler: { connectionTimeout: 10_000 },
    });
    // around every request (multipart parts too), so a failing service is one clear error wherever it happens
    this.client.middlewareStack.add(
      (next) => async (args) => {
        try {
          return await next(args);
        } catch (err) {
          throw unavailable(err);
        }
      },
      { step: 'initialize', name: 'storageUnavailable' },
    );
  }

  private objectKey(key: string): string {
    assertKey(key);
    return `${this.prefix}${key}`;
  }

  async put(content: Buffer): Promise<StoredBlob> {
    const sha256 = sha256Hex(content);
    if (!(await this.has(sha256)))
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: this.objectKey(sha256), Body: content }));
    return { key: sha256, sha256, size: content.length };
  }

  async putStream(content: Readable, expected?: string): Promise<StoredBlob> {
    const tmp = `${this.prefix}tmp/${randomToken()}`;
    const hash = hashingStream();
    content.on('error', (err) => hash.destroy(err));
    try {
      await new Upload({
        client: this.client,
        params: { Bucket: this.bucket, Key: tmp, Body: content.pipe(hash) },
        // parts of 8 MB, two at a time: at most ~16 MB of one file in memory, whatever its size
        partSize: 8 * 1024 * 1024,
        queueSize: 2,
      }).done();
      const { sha256, size } = hash.digest();
      if (expected && sha256 !== expected) throw new ChecksumMismatch(expected, sha256);
      if (!(await this.has(sha256)))
        await this.client.send(
          new CopyObjectCommand({
            Bucket: this.bucket,
            Key: this.objectKey(sha256),
            CopySource: `${this.bucket}/${encodeURIComponent(tmp).replace(/%2F/g, '/')}`,
          }),
        );
      return { key: sha256, sha256, size };
    } finally {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: tmp })).catch(() => undefined);
    }
  }

  async open(key: string): Promise<Readable> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return res.Body as Readable;
    } catch (err) {
      throw isMissing(err) ? missingBlob(key) : err;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }

  async remove(key: string): Promise<void> {
    // S3 answers a delete of a missing key with success, as erasure wants
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  async *keys(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) {
        const name = o.Key?.slice(this.prefix.length) ?? '';
        if (KEY_PATTERN.test(name)) yield name;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  close(): void {
    this.client.destroy();
  }
}
