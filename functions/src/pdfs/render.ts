// Loaded by `import()` inside the download handler: @react-pdf/renderer and its layout engine
// weigh several megabytes, which no other function's cold start should pay for.
import { Font, renderToBuffer } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { registerFonts } from './fonts.js';
import { offerDraftDocument, type OfferDraftData } from './offerDraft.js';
import { propertySheetDocument, type PropertySheetData } from './propertySheet.js';
import { visitReportDocument, type VisitReportData } from './visitReport.js';

export type PdfRequest =
  | { document: 'visitReport'; data: VisitReportData }
  | { document: 'propertySheet'; data: PropertySheetData }
  | { document: 'offerDraft'; data: OfferDraftData };

function element(request: PdfRequest): ReactElement {
  switch (request.document) {
    case 'visitReport':
      return visitReportDocument(request.data);
    case 'propertySheet':
      return propertySheetDocument(request.data);
    case 'offerDraft':
      return offerDraftDocument(request.data);
  }
}

/** The PDF bytes of one generated document, in the tenant's branding and the shipped fonts. */
export async function renderPdf(request: PdfRequest): Promise<Buffer> {
  registerFonts(Font);
  // react-pdf's types want a <Document> element; brandedDocument always returns one.
  return renderToBuffer(element(request) as Parameters<typeof renderToBuffer>[0]);
}
