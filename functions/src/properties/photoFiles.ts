import { randomBytes } from 'node:crypto';
import { HttpsError } from 'firebase-functions/v2/https';
import {
  photoSizes,
  propertyPhotoPath as photoPath,
  type PhotoSize,
  type PropertyPhoto,
} from '@portail/shared';
import { defaultBucket } from '../storage.js';

export { photoPath };

/** WebP for the sizes the apps show: a third of a JPEG's weight at the same look. */
const servedType = 'image/webp';

export interface ProcessedPhoto extends PropertyPhoto {
  /** The storage paths written, so that a failure later can remove them all. */
  paths: string[];
}

/**
 * Resizes a photo into the sizes of `photoSizes` (the longest side, never enlarged), upright as
 * its EXIF orientation says, metadata (GPS included) removed, and stores them beside the
 * untouched original. sharp is loaded here, by the photo functions only.
 */
export async function storePhoto(
  tenantId: string,
  propertyId: string,
  bytes: Buffer,
  originalType: string,
): Promise<ProcessedPhoto> {
  const { default: sharp } = await import('sharp');
  const photoId = randomBytes(9).toString('base64url');
  let oriented: { width?: number; height?: number };
  try {
    oriented = await sharp(bytes, { failOn: 'error' }).rotate().metadata();
  } catch {
    throw new HttpsError(
      'invalid-argument',
      originalType === 'image/heic'
        ? 'Les photos HEIC ne sont pas encore prises en charge : enregistrez-la en JPEG et réessayez.'
        : 'Cette image est illisible ou abîmée.',
    );
  }
  const bucket = defaultBucket();
  const paths: string[] = [];
  const save = async (size: string, data: Buffer, contentType: string) => {
    const path = photoPath(tenantId, propertyId, photoId, size as PhotoSize | 'original');
    paths.push(path);
    await bucket.file(path).save(data, { contentType, resumable: false });
  };
  try {
    await save('original', bytes, originalType);
    let dimensions = { width: 0, height: 0 };
    for (const [size, longest] of Object.entries(photoSizes) as [PhotoSize, number][]) {
      const { data, info } = await sharp(bytes)
        .rotate()
        .resize({ width: longest, height: longest, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 78 })
        .toBuffer({ resolveWithObject: true });
      await save(size, data, servedType);
      if (size === 'full') dimensions = { width: info.width, height: info.height };
    }
    if (!oriented.width) throw new Error('no dimensions');
    return { id: photoId, ...dimensions, paths };
  } catch (error) {
    await removeFiles(paths);
    throw error;
  }
}

export async function removeFiles(paths: readonly string[]): Promise<void> {
  const bucket = defaultBucket();
  await Promise.all(paths.map((path) => bucket.file(path).delete({ ignoreNotFound: true })));
}

/** Every stored file of one photo (its sizes and original). */
export function photoFilePaths(tenantId: string, propertyId: string, photoId: string): string[] {
  return (['original', ...Object.keys(photoSizes)] as (PhotoSize | 'original')[]).map((size) =>
    photoPath(tenantId, propertyId, photoId, size),
  );
}
