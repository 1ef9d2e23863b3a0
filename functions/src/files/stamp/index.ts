// The stamp's public API. pdf-lib and sharp are heavy: a function that needs only one of them
// may import its module directly (./stampPdf.js, ./stampImage.js) inside its handler.
export { inspectPdf, type PdfInspection } from './inspectPdf.js';
export { StampError, type StampRefusal, type StampRefusalCode } from './refusals.js';
export { stampImage } from './stampImage.js';
export { STAMP_TEXT, stampPdf } from './stampPdf.js';
