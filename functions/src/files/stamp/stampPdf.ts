import { stampIncrementally, tryPlanIncrementalStamp } from './incrementalStamp.js';
import { stampByRewriting } from './rewriteStamp.js';
import { STAMP_TEXT } from './stampContent.js';
import { stampText } from './stampText.js';

export { STAMP_TEXT };

export interface StampedPdf {
  /** The stamped file in order (the first is often the original's own bytes): write them all. */
  parts: Uint8Array[];
  /** Their total length, the file's size. */
  length: number;
  pages: number;
  /** How it was stamped: appended to the original, or rewritten by pdf-lib. */
  method: 'incremental' | 'rewrite';
}

/**
 * stampPdf, telling also how many pages were stamped and how. Most files are stamped by an
 * incremental update (the original bytes, then the changed pages), which costs little whatever
 * the size of the file; encrypted files, forms to flatten and damaged cross-references go
 * through pdf-lib, which parses and rewrites the whole file.
 */
export async function stampPdfDetailed(bytes: Uint8Array, text = STAMP_TEXT): Promise<StampedPdf> {
  const stamp = stampText(text);
  const plan = tryPlanIncrementalStamp(bytes);
  if (plan) {
    try {
      const parts = stampIncrementally(plan, stamp);
      return { parts, length: lengthOf(parts), pages: plan.pages.length, method: 'incremental' };
    } catch {
      // Falls through: pdf-lib rebuilds what the incremental writer could not handle.
    }
  }
  const rewritten = await stampByRewriting(bytes, stamp);
  return {
    parts: [rewritten.bytes],
    length: rewritten.bytes.length,
    pages: rewritten.pages,
    method: 'rewrite',
  };
}

const lengthOf = (parts: Uint8Array[]) => parts.reduce((total, part) => total + part.length, 0);

/**
 * A copy of the PDF with `text` across every page, upright and centred on what a viewer shows,
 * above the page's content. Throws a StampError (coded, French message) rather than ever
 * returning an unstamped document; `bytes` is not modified.
 */
export async function stampPdf(bytes: Uint8Array, text = STAMP_TEXT): Promise<Uint8Array> {
  const { parts } = await stampPdfDetailed(bytes, text);
  if (parts.length === 1) return parts[0]!;
  const joined = Buffer.concat(parts);
  return new Uint8Array(joined.buffer, joined.byteOffset, joined.length);
}
