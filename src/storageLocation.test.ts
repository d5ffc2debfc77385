import { parseStorageUrl } from './storageLocation';

test('file:/// names a folder; s3:// a bucket with its endpoint, region and path style', () => {
  expect(parseStorageUrl('file:///var/lib/voordeur/files')).toEqual({ kind: 'file', dir: '/var/lib/voordeur/files' });
  expect(
    parseStorageUrl('s3://voordeur-files/gemeente/?endpoint=http://minio:9000/&region=eu-west-1&forcePathStyle=true'),
  ).toEqual({
    kind: 's3',
    bucket: 'voordeur-files',
    prefix: 'gemeente/',
    endpoint: 'http://minio:9000',
    region: 'eu-west-1',
    forcePathStyle: true,
  });
  // AWS itself: no endpoint, host-style addressing
  expect(parseStorageUrl('s3://voordeur-files?region=eu-central-1')).toMatchObject({
    prefix: '',
    endpoint: undefined,
    forcePathStyle: false,
  });
  expect(parseStorageUrl('s3://voordeur-files?endpoint=http://127.0.0.1:9000')).toMatchObject({
    region: 'us-east-1',
    forcePathStyle: true,
  });
});

test.each([
  ['./data/files', /must be file:\/\/\/var/],
  ['file://server/share', /absolute folder/],
  ['ftp://files/x', /must start with file:\/\/ or s3:\/\//],
  ['s3://key:secret@bucket', /AWS_ACCESS_KEY_ID/],
  ['s3://Voordeur_Files', /must name a bucket/],
  ['s3://voordeur?endpoint=minio:9000', /endpoint that is not http/],
  ['s3://voordeur?region=eu-west-1&pathStyle=true', /unknown option pathStyle/],
  ['s3://voordeur?forcePathStyle=yes', /forcePathStyle=true or false/],
])('%s is refused with what to write instead', (value, message) => {
  expect(() => parseStorageUrl(value)).toThrow(message);
});
