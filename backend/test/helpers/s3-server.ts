import { mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The part of s3rver's API used here (the package ships no types). */
interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('@20minutes/s3rver') as new (options: Record<string, unknown>) => S3rverInstance;

/*
 * s3rver drops the trailing slash of a bucket-level request's path (`GET /bucket/?list-type=2`) when it rebuilds the
 * canonical request, while SigV4 signs the path as sent, as AWS and Spaces check it: every listing by SDK v3 fails
 * with SignatureDoesNotMatch. Put the slash back for bucket-only paths (objects are unaffected), keeping the check.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const v4 = require('@20minutes/s3rver/lib/signature/v4') as { getStringToSign: (canonical: { uri: string }, request: unknown) => string };
const getStringToSign = v4.getStringToSign;
v4.getStringToSign = (canonical, request) =>
  getStringToSign(/^\/[^/]+$/.test(canonical.uri) ? { ...canonical, uri: `${canonical.uri}/` } : canonical, request);

export interface LocalS3 {
  url: string;
  bucket: string;
  /** The S3_* settings a backend needs to use this server. */
  env: Record<string, string>;
  /** Dates an object's last change back (s3rver reads it from its file), as a crash days ago would have left it. */
  backdate(key: string, at: Date): void;
  stop(): Promise<void>;
}

/**
 * A real S3-compatible server (s3rver, files in a temporary folder) on a free port, with one bucket. It checks
 * signatures (SigV4 headers and presigned query strings) against its one account, S3RVER / S3RVER, like a real
 * service does against its keys: a URL signed for another key or expired is refused.
 */
export async function startLocalS3(bucket = 'tajer-uploads'): Promise<LocalS3> {
  const directory = mkdtempSync(path.join(tmpdir(), 'tajer-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: url,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    },
    backdate: (key, at) => utimesSync(path.join(directory, bucket, `${key}._S3rver_object`), at, at),
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
