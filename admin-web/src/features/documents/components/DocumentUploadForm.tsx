import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_HEAD_BYTES, precheckDocument } from '@portail/shared';
import { errorMessage } from '@portail/web';
import type { PropertyOption } from '../../agenda/api/clientProperties.js';
import { shareDocument } from '../api/uploadDocument.js';

const accept = {
  pdf: 'application/pdf,.pdf',
  image: 'image/jpeg,image/png,.jpg,.jpeg,.png',
} as const;

/** « Ajouter PDF » / « Ajouter image »: one file, an optional title and property, with progress. */
export function DocumentUploadForm({
  clientId,
  properties,
  disabled,
  onShared,
}: {
  clientId: string;
  properties: PropertyOption[];
  disabled: boolean;
  onShared: (title: string) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<keyof typeof accept>('pdf');
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [propertyId, setPropertyId] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const choose = (which: keyof typeof accept) => {
    setKind(which);
    setError(null);
    // The accept list must change before the picker opens.
    setTimeout(() => picker.current?.click(), 0);
  };

  const picked = async (chosen: File | undefined) => {
    if (!chosen) return;
    const head = new Uint8Array(await chosen.slice(0, DOCUMENT_HEAD_BYTES).arrayBuffer());
    const check = precheckDocument({ name: chosen.name, size: chosen.size, head });
    if (!check.ok) {
      setError(check.message);
      setFile(null);
      return;
    }
    setError(null);
    setFile(chosen);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError(t('documents.chooseFirst'));
      return;
    }
    setProgress(0);
    setError(null);
    try {
      const shared = await shareDocument(
        { clientId, file, title, propertyId: propertyId || null },
        setProgress,
      );
      setFile(null);
      setTitle('');
      setPropertyId('');
      if (picker.current) picker.current.value = '';
      onShared(shared.title);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setProgress(null);
    }
  };

  const busy = disabled || progress !== null;
  return (
    <form className="document-upload" onSubmit={(event) => void submit(event)} noValidate>
      <input
        ref={picker}
        id={`document-file-${clientId}`}
        type="file"
        accept={accept[kind]}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        disabled={busy}
        onChange={(event) => void picked(event.target.files?.[0])}
      />
      <div className="document-pick">
        <button type="button" className="secondary" disabled={busy} onClick={() => choose('pdf')}>
          {t('documents.addPdf')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => choose('image')}>
          {t('documents.addImage')}
        </button>
        <span className="field-help">{t('documents.limits')}</span>
      </div>
      {file && (
        <>
          <p className="document-chosen">{t('documents.chosen', { name: file.name })}</p>
          <div className="document-fields">
            <label>
              {t('documents.titleLabel')}
              <input
                type="text"
                value={title}
                maxLength={200}
                placeholder={file.name.replace(/\.[^.]+$/, '')}
                disabled={busy}
                onChange={(event) => setTitle(event.target.value)}
              />
            </label>
            <label>
              {t('documents.propertyLabel')}
              <select
                value={propertyId}
                disabled={busy}
                onChange={(event) => setPropertyId(event.target.value)}
              >
                <option value="">{t('documents.noProperty')}</option>
                {properties.map((property) => (
                  <option key={property.propertyId} value={property.propertyId}>
                    {property.title}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <button type="submit" className="primary" disabled={busy}>
            {progress !== null ? t('documents.sharing') : t('documents.share')}
          </button>
        </>
      )}
      {progress !== null && (
        <p role="status" className="document-progress">
          <label htmlFor={`document-progress-${clientId}`}>
            {t('documents.progress', { percent: Math.round(progress * 100) })}
          </label>
          <progress id={`document-progress-${clientId}`} max={1} value={progress} />
        </p>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
