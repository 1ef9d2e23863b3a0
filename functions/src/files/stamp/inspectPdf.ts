import { StampError, refusal, type StampRefusal } from './refusals.js';
import { stampPdfDetailed } from './stampPdf.js';

export type PdfInspection = { ok: true; pages: number } | StampRefusal;

/**
 * At upload: whether this PDF can be stamped, so that nothing unstampable is ever stored. It
 * stamps the file and throws the result away: no cheaper check gives the same guarantee, and
 * the usual (incremental) stamp costs tens of milliseconds.
 */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  try {
    const { pages } = await stampPdfDetailed(bytes);
    return { ok: true, pages };
  } catch (error) {
    return refusal(error instanceof StampError ? error.code : 'pdf-stamp-failed');
  }
}
