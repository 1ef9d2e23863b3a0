import { PDFArray, PDFDocument, PDFName, PDFNumber, PDFRef, type PDFPage } from '@cantoo/pdf-lib';
import { sniffFile } from '@portail/shared';
import { refusal, type StampRefusal } from './refusals.js';

export type LoadedPdf = { ok: true; doc: PDFDocument; pages: PDFPage[] } | StampRefusal;

/** Readers look for `%%EOF` near the end; its absence is what a cut-off upload looks like. */
const EOF_WINDOW = 1024;

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function looksTruncated(bytes: Uint8Array): boolean {
  const tail = asBuffer(bytes).subarray(Math.max(0, bytes.length - EOF_WINDOW));
  return !tail.includes('%%EOF', 0, 'latin1');
}

function damaged(bytes: Uint8Array): StampRefusal {
  return refusal(looksTruncated(bytes) ? 'pdf-truncated' : 'pdf-unreadable');
}

/** pdf-lib's own wording: it cannot derive a key without a user password. */
const needsPassword = (error: unknown) =>
  error instanceof Error && /needs password|password incorrect/i.test(error.message);

/**
 * A page whose content streams point at objects that are not in the file lost part of itself
 * (usually a cut-off upload): stamping it would serve a page the author never made.
 */
function hasMissingContent(doc: PDFDocument, page: PDFPage): boolean {
  const contents = page.node.get(PDFName.of('Contents'));
  if (contents === undefined) return false;
  const refs = contents instanceof PDFRef ? [contents] : [];
  const resolved = doc.context.lookup(contents);
  if (resolved === undefined) return true;
  if (resolved instanceof PDFArray) {
    for (const item of resolved.asArray()) if (item instanceof PDFRef) refs.push(item);
  }
  return refs.some((ref) => doc.context.lookup(ref) === undefined);
}

/**
 * Parses a PDF for stamping. The empty password opens files encrypted with an owner password only
 * (anyone may open them; the owner password only restricts editing), so those are decrypted;
 * a user password, an unknown cipher, a cut-off or unparseable file are refusals.
 */
export async function loadPdf(bytes: Uint8Array): Promise<LoadedPdf> {
  if (sniffFile(bytes)?.kind !== 'pdf') return refusal('pdf-not-a-pdf');
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, {
      password: '',
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
  } catch (error) {
    if (needsPassword(error)) return refusal('pdf-password-protected');
    if (asBuffer(bytes).includes('/Encrypt', 0, 'latin1'))
      return refusal('pdf-encryption-unsupported');
    return damaged(bytes);
  }
  if (doc.isEncrypted) return refusal('pdf-encryption-unsupported');
  let pages: PDFPage[];
  try {
    pages = doc.getPages();
  } catch {
    return damaged(bytes);
  }
  if (pages.length === 0 || pages.some((page) => hasMissingContent(doc, page))) {
    return damaged(bytes);
  }
  // Viewers number pages from /Count: a tree holding fewer pages than it announces lost some.
  const declared = doc.catalog.Pages().lookupMaybe(PDFName.of('Count'), PDFNumber)?.asNumber();
  if (declared !== undefined && declared !== pages.length) return damaged(bytes);
  return { ok: true, doc, pages };
}
