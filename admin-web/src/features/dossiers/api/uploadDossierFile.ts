import type { DossierFile } from '@portail/shared';
import { CallableError, uploadBytes } from '@portail/web';

/** Sends one file to `uploadDossierFile`, with its progress; resolves with the file as listed. */
export async function uploadDossierFile(
  dossierId: string,
  file: Blob,
  name: string,
  onProgress: (fraction: number) => void,
): Promise<DossierFile> {
  const result = await uploadBytes<{ file?: DossierFile }>(
    'uploadDossierFile',
    { dossierId },
    file,
    name,
    onProgress,
  );
  if (!result.file) throw new CallableError('functions/unknown', 'Envoi refusé.');
  return result.file;
}
