import { saveFromFiles } from './fetchDossierFile.js';

/** What a client may download of the branded PDFs (D6): their own report and offer draft. */
export type ClientPdfDocument = 'visitReport' | 'offerDraft';

/** Renders (or reuses) the PDF of one of the client's properties and saves it. */
export async function saveClientPdf(
  document: ClientPdfDocument,
  propertyId: string,
  fallbackName: string,
): Promise<void> {
  await saveFromFiles(
    new URLSearchParams({ kind: 'generatedPdf', document, propertyId }),
    fallbackName,
  );
}
