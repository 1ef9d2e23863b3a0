import { checkUpload, DOCUMENT_MAX_BYTES, formatMegabytes } from '../files/sniff.js';
import { documentKinds, documentRefusals } from './document.js';

/** How many first bytes the apps read to tell a file's type. */
export const DOCUMENT_HEAD_BYTES = 4096;

export type DocumentPrecheck = { ok: true } | { ok: false; code: string; message: string };

/**
 * In the browser, before an upload: the size and the type read from the file's first bytes, so
 * that a wrong file is refused at once rather than after its upload. `uploadDocument` checks
 * again on the whole file; this never replaces that.
 */
export function precheckDocument(file: {
  name: string;
  size: number;
  head: Uint8Array;
}): DocumentPrecheck {
  if (file.size > DOCUMENT_MAX_BYTES) {
    return {
      ok: false,
      code: 'file-too-large',
      message: `Fichier trop volumineux : ${formatMegabytes(file.size)} pour ${formatMegabytes(DOCUMENT_MAX_BYTES)} au plus.`,
    };
  }
  const check = checkUpload({ bytes: file.head, name: file.name }, 'document');
  if (!check.ok) return check;
  if (!(documentKinds as readonly string[]).includes(check.kind)) {
    return {
      ok: false,
      code: 'document/type-refused',
      message: documentRefusals['document/type-refused'],
    };
  }
  return { ok: true };
}
