import path from 'node:path';

/** Where the blob store keeps its files: a folder on this machine, or a bucket (with an optional key prefix). */
export type StorageLocation =
  | { kind: 'file'; dir: string }
  | { kind: 's3'; bucket: string; prefix: string; endpoint?: string; region: string; forcePathStyle: boolean };

export const STORAGE_URL_EXAMPLE =
  'file:///var/lib/voordeur/files or s3://bucket?endpoint=http://127.0.0.1:9000&region=eu-west-1&forcePathStyle=true';

const S3_OPTIONS = new Set(['endpoint', 'region', 'forcePathStyle']);

/**
 * Reads STORAGE_URL (or a --from/--to of the storage scripts). Throws an Error whose message says what to write
 * instead; the keys come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, never from the URL, so they stay out of logs.
 */
export function parseStorageUrl(value: string): StorageLocation {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`must be ${STORAGE_URL_EXAMPLE}`);
  }
  if (url.protocol === 'file:') {
    if (url.host || !url.pathname || url.pathname === '/' || url.search)
      throw new Error('must be file:/// followed by an absolute folder, e.g. file:///var/lib/voordeur/files');
    return { kind: 'file', dir: path.resolve(decodeURIComponent(url.pathname)) };
  }
  if (url.protocol !== 's3:') throw new Error(`must start with file:// or s3://, e.g. ${STORAGE_URL_EXAMPLE}`);
  if (url.username || url.password)
    throw new Error('must not hold the keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY instead');
  const bucket = url.hostname;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw new Error(
      'must name a bucket (3 to 63 lower-case letters, digits, dots and dashes), e.g. s3://voordeur-files',
    );
  const unknown = [...url.searchParams.keys()].filter((k) => !S3_OPTIONS.has(k));
  if (unknown.length)
    throw new Error(
      `has unknown option ${unknown.join(', ')}: only endpoint, region and forcePathStyle are understood`,
    );
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^/?#]+\/?$/i.test(endpoint))
    throw new Error('has an endpoint that is not http(s)://host:port, e.g. endpoint=http://127.0.0.1:9000');
  const style = url.searchParams.get('forcePathStyle');
  if (style !== null && !['true', 'false'].includes(style)) throw new Error('must have forcePathStyle=true or false');
  const prefix = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '');
  return {
    kind: 's3',
    bucket,
    prefix: prefix ? `${prefix}/` : '',
    endpoint: endpoint?.replace(/\/$/, ''),
    region: url.searchParams.get('region') || 'us-east-1',
    // a server of one's own (MinIO, Garage, Ceph) is reached by path unless told otherwise; AWS by host name
    forcePathStyle: style === null ? endpoint !== undefined : style === 'true',
  };
}

/** STORAGE_URL when set, else the folder STORAGE_DIR (relative to where Voordeur starts). */
export function storageLocation(c: { STORAGE_URL?: StorageLocation; STORAGE_DIR: string }): StorageLocation {
  return c.STORAGE_URL ?? { kind: 'file', dir: path.resolve(c.STORAGE_DIR) };
}

/** For messages and manifests: where the files are, without secrets (there are none in the URL). */
export function describeLocation(l: StorageLocation): string {
  return l.kind === 'file' ? `file://${l.dir}` : `s3://${l.bucket}/${l.prefix}${l.endpoint ? ` at ${l.endpoint}` : ''}`;
}
