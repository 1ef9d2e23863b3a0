import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierFile } from '@portail/shared';
import { errorMessage } from '@portail/web';
import { saveDossierFile } from '../api/fetchDossierFile.js';

type ListedFile = Pick<DossierFile, 'id' | 'name' | 'title' | 'comment' | 'pages'>;

/** A dossier's documents, each downloaded through the one file path under its own name. */
export function DossierFileList({
  dossierId,
  files,
  downloadedIds = [],
  guestToken,
  disabled = false,
}: {
  dossierId: string;
  files: ListedFile[];
  downloadedIds?: string[];
  guestToken?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [stamped, setStamped] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (files.length === 0) return <p>{t('dossiers.noFiles')}</p>;
  const download = async (file: ListedFile) => {
    setBusy(file.id);
    setError(null);
    try {
      const version = await saveDossierFile(dossierId, file.id, file.name, guestToken);
      setStamped(version === 'stamped');
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <ul className="dossier-files">
        {files.map((file) => (
          <li key={file.id} className="dossier-file">
            <div className="dossier-file-text">
              <strong>{file.title || file.name}</strong>
              {file.comment && <span>{file.comment}</span>}
              <span className="dossier-file-meta">
                {file.name}
                {file.pages !== null && ` · ${t('dossiers.pages', { count: file.pages })}`}
                {downloadedIds.includes(file.id) && ` · ${t('dossiers.downloaded')}`}
              </span>
            </div>
            <button
              type="button"
              className="primary"
              disabled={disabled || busy !== null}
              aria-label={t('dossiers.downloadName', { name: file.title || file.name })}
              onClick={() => void download(file)}
            >
              {busy === file.id ? t('dossiers.downloading') : t('dossiers.download')}
            </button>
          </li>
        ))}
      </ul>
      {stamped && <p role="status">{t('dossiers.stampedNote')}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </>
  );
}
