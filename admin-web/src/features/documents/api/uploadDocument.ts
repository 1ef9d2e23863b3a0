import { uploadDocument, type UploadedDocument } from '@portail/web/data';

export interface DocumentUpload {
  clientId: string;
  propertyId: string | null;
  title: string;
  file: File;
}

/** Shares one file on the space (H8) through `uploadDocument`, with its progress. */
export function shareDocument(
  { clientId, propertyId, title, file }: DocumentUpload,
  onProgress: (fraction: number) => void,
): Promise<UploadedDocument> {
  return uploadDocument({ clientId, propertyId, title }, file, file.name, onProgress);
}
