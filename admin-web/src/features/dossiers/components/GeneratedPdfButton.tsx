import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@portail/web';
import { saveGeneratedPdf, type GeneratedPdfTarget } from '../api/generatedPdf.js';
import '../generatedPdf.css';

/**
 * « Fiche du bien (PDF) », « Compte rendu (PDF) », « Brouillon de lettre d'offre (PDF) »: a
 * download, so it stays usable in a read-only preview. Rendering takes a moment the first time.
 */
export function GeneratedPdfButton(target: GeneratedPdfTarget) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = t(`dossiers.pdf.${target.document}`);
  async function download() {
    setBusy(true);
    setError(null);
    try {
      await saveGeneratedPdf(target, `${label}.pdf`);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="generated-pdf">
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
