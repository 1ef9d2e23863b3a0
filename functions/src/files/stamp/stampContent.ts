import {
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  beginText,
  drawObject,
  endMarkedContent,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFillingRgbColor,
  setFontAndSize,
  setGraphicsState,
  setTextMatrix,
  showText,
  type PDFDict,
} from '@cantoo/pdf-lib';
import type { StampPlacement } from './placement.js';

type OperatorArgument = NonNullable<Parameters<typeof PDFOperator.of>[1]>[number];

export const STAMP_TEXT = 'POUR CONSULTATION UNIQUEMENT';

/** A red that reads on white and on photographs, light enough to leave the page legible. */
export const STAMP_RGB = [0.8, 0.07, 0.07] as const;
export const STAMP_OPACITY = 0.3;

export interface StampResources {
  font: PDFName;
  graphicsState: PDFName;
  /** The page's original content as a form XObject, when it has any. */
  content?: PDFName;
}

/** Resource names the stamp adds to a page (another is chosen if a page already uses one). */
export const RESOURCE_NAMES = {
  font: 'PortailStampFont',
  graphicsState: 'PortailStampGS',
  content: 'PortailPage',
} as const;

/**
 * A page's new content: its original content, drawn as a form XObject, then the stamp.
 *
 * Inside an XObject the original cannot reach the stamp: an unterminated string or array in a
 * damaged stream ends with the XObject instead of swallowing what follows, and whatever CTM or
 * unbalanced Q it leaves is undone after the Do.
 *
 * Text extractors (poppler, search, copy and paste) split diagonal text into letters in no
 * useful order, so the text sits in a span whose ActualText gives them the words in one piece.
 */
export function pageOperators(
  names: StampResources,
  placement: StampPlacement,
  encodedText: PDFHexString,
  actualText: PDFDict,
): PDFOperator[] {
  return [
    ...(names.content ? [pushGraphicsState(), drawObject(names.content), popGraphicsState()] : []),
    pushGraphicsState(),
    setGraphicsState(names.graphicsState),
    setFillingRgbColor(...STAMP_RGB),
    // pdf-lib types operands without dictionaries, but writes an inline one as PDF expects.
    PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
      PDFName.of('Span'),
      actualText as unknown as OperatorArgument,
    ]),
    beginText(),
    setFontAndSize(names.font, placement.fontSize),
    setTextMatrix(...placement.matrix),
    showText(encodedText),
    endText(),
    endMarkedContent(),
    popGraphicsState(),
  ];
}

export function actualTextFor(text: string): { ActualText: PDFHexString } {
  return { ActualText: PDFHexString.fromText(text) };
}
