import { HttpsError } from 'firebase-functions/v2/https';
import { checkUpload, documentKinds, documentRefusals, type DocumentKind } from '@portail/shared';

export interface CheckedDocument {
  kind: DocumentKind;
  mime: string;
}

const refused = (code: keyof typeof documentRefusals) =>
  new HttpsError('invalid-argument', documentRefusals[code], { code });

/**
 * Judges an uploaded document on its bytes, never on its name or declared type: empty, over
 * 30 MB, not a PDF/JPEG/PNG, or an extension contradicting the content are refused by the shared
 * check; a PDF must then parse (a cut-off or password-protected one would not open for the
 * client) and an image must decode. Nothing is stored before this passes.
 */
export async function checkDocument(bytes: Buffer, name: string): Promise<CheckedDocument> {
  const check = checkUpload({ bytes, name }, 'document');
  if (!check.ok) throw new HttpsError('invalid-argument', check.message, { code: check.code });
  if (!(documentKinds as readonly string[]).includes(check.kind)) {
    throw refused('document/type-refused');
  }
  const kind = check.kind as DocumentKind;
  if (kind === 'pdf') {
    // pdf-lib is heavy: loaded only when a PDF comes.
    const { loadPdf } = await import('../files/stamp/loadPdf.js');
    const loaded = await loadPdf(bytes);
    if (!loaded.ok) throw new HttpsError('invalid-argument', loaded.message, { code: loaded.code });
  } else {
    const { default: sharp } = await import('sharp');
    const readable = await sharp(bytes)
      .metadata()
      .then((meta) => Boolean(meta.width && meta.height))
      .catch(() => false);
    if (!readable) throw refused('document/image-unreadable');
  }
  return { kind, mime: check.mime };
}
