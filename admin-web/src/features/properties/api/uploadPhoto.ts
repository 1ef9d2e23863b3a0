import type { PropertyPhoto } from '@portail/shared';
import { CallableError, uploadBytes } from '@portail/web';

/** Sends one photo to `uploadPhoto` (one request per photo, with its progress). */
export async function uploadPhoto(
  propertyId: string,
  file: Blob,
  name: string,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<PropertyPhoto> {
  const result = await uploadBytes<{ photo?: PropertyPhoto }>(
    'uploadPhoto',
    { propertyId },
    file,
    name,
    onProgress,
    signal,
  );
  if (!result.photo) throw new CallableError('functions/unknown', 'Envoi refusé.');
  return result.photo;
}
