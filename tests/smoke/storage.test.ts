import { afterAll, describe, expect, it } from 'vitest';
import { defaultBucket } from '../../functions/src/storage.js';
import { adminApp, closeAdminApps, uniqueId } from '../support/stack.js';

afterAll(closeAdminApps);

describe('smoke: Cloud Storage (fake-gcs-server) through the functions bucket helper', () => {
  it('uploads a file and downloads the same bytes', async () => {
    const bucket = defaultBucket(adminApp());
    const [exists] = await bucket.exists();
    if (!exists) await bucket.create();

    const bytes = Buffer.from(Array.from({ length: 2048 }, (_, i) => i % 256));
    const file = bucket.file(`${uniqueId('smoke')}/photo.bin`);
    await file.save(bytes, { contentType: 'application/octet-stream' });

    const [downloaded] = await file.download();
    expect(downloaded.equals(bytes)).toBe(true);
    const [metadata] = await file.getMetadata();
    expect(Number(metadata.size)).toBe(bytes.length);
  });
});
