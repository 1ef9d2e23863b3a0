import type { Response } from 'express';
import type { File } from '@google-cloud/storage';

/** Pipes a stored file into the answer; resolves once it is all sent. */
export function streamFile(stored: File, response: Response): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    stored
      .createReadStream()
      .on('error', reject)
      .pipe(response)
      .on('finish', () => resolve())
      .on('error', reject);
  });
}
