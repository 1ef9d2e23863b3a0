import { saveFromFunction } from './dossierCall.js';

/** The branded PDFs the backend renders (functions/src/pdfs, D6). */
export type GeneratedPdfDocument = 'visitReport' | 'propertySheet' | 'offerDraft';

export interface GeneratedPdfTarget {
  document: GeneratedPdfDocument;
  propertyId: string;
  /** The client space of a visit report or offer draft. */
  clientId?: string;
}

/**
 * Renders (or reuses) the PDF through the one file path (`files?kind=generatedPdf`) and has the
 * browser save it under the name the function gives.
 */
export function saveGeneratedPdf(target: GeneratedPdfTarget, fallbackName: string) {
  const query = new URLSearchParams({
    kind: 'generatedPdf',
    document: target.document,
    propertyId: target.propertyId,
  });
  if (target.clientId) query.set('clientId', target.clientId);
  return saveFromFunction(`files?${query}`, fallbackName);
}
