import { Storage, type Bucket } from '@google-cloud/storage';
import { getStorage } from 'firebase-admin/storage';
import type { App } from 'firebase-admin/app';

/**
 * The default bucket. Locally Storage is fake-gcs-server, which serves the JSON API only under
 * /storage/v1: it is reached through `apiEndpoint` (GCS_API_ENDPOINT) rather than
 * STORAGE_EMULATOR_HOST, whose URL the client uses as-is. Without GCS_API_ENDPOINT this is plain
 * firebase-admin, so the official Storage emulator and production work unchanged.
 */
export function defaultBucket(app?: App): Bucket {
  const endpoint = process.env.GCS_API_ENDPOINT;
  const name = app?.options.storageBucket ?? process.env.STORAGE_BUCKET;
  if (endpoint) {
    if (!name) throw new Error('STORAGE_BUCKET is required with GCS_API_ENDPOINT');
    const projectId = app?.options.projectId ?? process.env.GCLOUD_PROJECT;
    return new Storage({ apiEndpoint: endpoint, projectId }).bucket(name);
  }
  // firebase-admin types its bucket with the CommonJS build of @google-cloud/storage; same class.
  return getStorage(app).bucket(name) as unknown as Bucket;
}
