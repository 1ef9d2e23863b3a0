import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@portail/web';
import { saveClientPdf, type ClientPdfDocument } from '../api/generatedPdf.js';
import '../clientPdf.css';

/**
 * The client's own visit report or offer draft as a PDF in the agency's branding. A download:
 * it stays usable in the agency's read-only preview.
 */
export function ClientPdfButton({
  document,
  propertyId,
}: {
  document: ClientPdfDocument;
  propertyId: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = t(`dossiers.pdf.${document}`);
  async function download() {
    setBusy(true);
    setError(null);
    try {
      await saveClientPdf(document, propertyId, `${label}.pdf`);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="client-pdf">
      <button
        type="button"
        className="secondary"
        onClick={download}
        disabled={busy}
        aria-busy={busy}
      >
        {busy ? t('dossiers.pdf.preparing') : label}
      </button>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
