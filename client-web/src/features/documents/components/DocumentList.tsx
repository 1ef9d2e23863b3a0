import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@portail/web';
import { formatFileSize, saveDocument } from '@portail/web/data';
import { useSpaceIds } from '../../space/api/spaceIds.js';
import type { SpaceDocument } from '../api/spaceDocuments.js';
import '../documents.css';

/** The documents as cards, each with its download button (through the one file path). */
export function DocumentList({ documents }: { documents: SpaceDocument[] }) {
  const { t, i18n } = useTranslation();
  const { clientId } = useSpaceIds();
  const [failed, setFailed] = useState<{ id: string; error: unknown } | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  const download = (document: SpaceDocument) => {
    setFailed(null);
    setPending(document.id);
    saveDocument(clientId, document.id, document.fileName)
      .catch((error: unknown) => setFailed({ id: document.id, error }))
      .finally(() => setPending(null));
  };

  return (
    <ul className="space-documents">
      {documents.map((document) => (
        <li key={document.id} className="card space-document">
          <span className="file-kind space-document-icon" aria-hidden="true">
            {document.contentType === 'application/pdf' ? 'PDF' : 'IMG'}
          </span>
          <div className="space-document-text">
            <p className="space-document-title">{document.title}</p>
            <p className="space-document-meta">
              {document.contentType === 'application/pdf' ? 'PDF' : t('documents.image')} ·{' '}
              {formatFileSize(document.size, i18n.language)}
              {document.createdAt && ` · ${date.format(document.createdAt)}`}
            </p>
          </div>
          <button
            type="button"
            className="primary"
            disabled={pending === document.id}
            aria-label={t('documents.downloadNamed', { title: document.title })}
            onClick={() => download(document)}
          >
            {pending === document.id ? t('documents.downloading') : t('documents.download')}
          </button>
          {failed?.id === document.id && (
            <p role="alert" className="field-error space-document-error">
              {errorMessage(failed.error)}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
