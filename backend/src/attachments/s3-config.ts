import type { AppConfig } from '../config/app-config';

/** What the S3 storage reads from the configuration. Apart from the adapter, so that the app can read it at start without loading the AWS SDK. */
export type S3StorageConfig = Pick<
  AppConfig,
  'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE' | 'S3_PRESIGN_SECONDS'
>;

/** The origin presigned URLs point at (for the page's Content-Security-Policy); null without a bucket. */
export function s3DownloadOrigin(config: S3StorageConfig): string | null {
  if (!config.S3_BUCKET) return null;
  const endpoint = new URL(config.S3_ENDPOINT ?? `https://s3.${config.S3_REGION}.amazonaws.com`);
  if (!config.S3_FORCE_PATH_STYLE) endpoint.hostname = `${config.S3_BUCKET}.${endpoint.hostname}`;
  return endpoint.origin;
}
