import { StandardFontEmbedder, StandardFonts, type PDFHexString } from '@cantoo/pdf-lib';
import { StampError } from './refusals.js';

/** The stamp's text in Helvetica-Bold, a standard font every viewer has: nothing to embed. */
export interface StampText {
  text: string;
  encoded: PDFHexString;
  /** At font size 1. */
  width: number;
  /** Cap height at font size 1. */
  height: number;
}

export const STAMP_FONT = StandardFonts.HelveticaBold;

export function stampText(text: string): StampText {
  // pdf-lib declares the same font-name enum twice; its values are the StandardFonts ones.
  type FontName = Parameters<typeof StandardFontEmbedder.for>[0];
  const embedder = StandardFontEmbedder.for(STAMP_FONT as unknown as FontName);
  // pdf-lib would print '?' for what WinAnsi lacks; a stamp must say what it was asked to.
  const unsupported = Array.from(text).find(
    (char) => !embedder.encoding.canEncodeUnicodeCodePoint(char.codePointAt(0)!),
  );
  if (unsupported !== undefined) throw new StampError('stamp-text-unsupported');
  try {
    return {
      text,
      encoded: embedder.encodeText(text),
      width: embedder.widthOfTextAtSize(text, 1),
      height: embedder.heightOfFontAtSize(1, { descender: false }),
    };
  } catch (error) {
    // WinAnsi covers French, not every character a tenant might type.
    throw new StampError('stamp-text-unsupported', { cause: error });
  }
}
