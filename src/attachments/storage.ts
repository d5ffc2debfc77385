import type { Readable } from 'node:stream';
import { config } from '../config';
import { storageLocation, type StorageLocation } from '../storageLocation';
import { LocalDiskStore } from './localDiskStore';
import { S3Store } from './s3Store';

export interface StoredBlob {
  key: string;
  sha256: string;
  size: number;
}

/**
 * Where attachment bytes live, addressed by content: the key is the sha256 of the bytes, so the same photo sent twice
 * is stored once and a copy can be checked against its name. A write is atomic: a reader never sees half a file.
 */
export interface BlobStore {
  put(content: Buffer): Promise<StoredBlob>;
  /**
   * Writes a stream without holding it in memory: hashed while written to a temporary name, then moved to its key.
   * Given the sha256 the bytes should have, bytes that differ are thrown away (ChecksumMismatch) and nothing is stored.
   */
  putStream(content: Readable, expected?: string): Promise<StoredBlob>;
  /** The bytes of a key; a GoneError (410) when they are not in the store, before any byte is sent. */
  open(key: string): Promise<Readable>;
  has(key: string): Promise<boolean>;
  /** Removing a key that is not there is not an error: erasure may run twice. */
  remove(key: string): Promise<void>;
  /** Every key in the store, for the move and backup scripts. */
  keys(): AsyncIterable<string>;
  close(): void;
}

export function openStore(location: StorageLocation): BlobStore {
  return location.kind === 'file' ? new LocalDiskStore(location.dir) : new S3Store(location);
}

let store: BlobStore | undefined;
export function blobStore(): BlobStore {
  store ??= openStore(storageLocation(config()));
  return store;
}

/** For the few readers that need a whole file at once (a raw mail to parse again, a recording to transcribe). */
export async function readBlob(key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await blobStore().open(key)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Lets a script end: an S3 client keeps connections open. */
export function closeBlobStore(): void {
  store?.close();
  store = undefined;
}
