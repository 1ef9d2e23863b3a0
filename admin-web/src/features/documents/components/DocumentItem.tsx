import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, useReadOnly, useSignedIn } from '@portail/web';
import { formatFileSize, saveDocument } from '@portail/web/data';
import type { DocumentRow } from '../api/clientDocuments.js';
import { useDocumentDownloads, type DownloadRow } from '../api/documentDownloads.js';

/** One shared document: open it, see who downloaded it and when, delete it. */
export function DocumentItem({
  clientId,
  row,
  propertyTitle,
  loginName,
  onDelete,
}: {
  clientId: string;
  row: DocumentRow;
  propertyTitle: string | undefined;
  loginName: (uid: string) => string | undefined;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const readOnly = useReadOnly();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const date = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  });

  return (
    <li className="document-item">
      <div className="document-main">
        <button
          type="button"
          className="document-open"
          onClick={() => {
            setError(null);
            saveDocument(clientId, row.id, row.fileName).catch(setError);
          }}
        >
          <span className="file-kind" aria-hidden="true">
            {row.contentType === 'application/pdf' ? 'PDF' : 'IMG'}
          </span>{' '}
          <span className="document-title">{row.title}</span>
        </button>
        <p className="document-meta">
          {row.fileName} · {formatFileSize(row.size, i18n.language)}
          {row.createdAt && ` · ${date.format(row.createdAt)}`}
          {propertyTitle && ` · ${t('documents.about', { title: propertyTitle })}`}
          {row.fromMessage &&
            ` · ${row.uploaderRole === 'client' ? t('documents.fromClient') : t('documents.fromMessage')}`}
        </p>
        <p className="document-meta">
          {row.downloadCount === 0
            ? t('documents.neverDownloaded')
            : t('documents.downloaded', {
                count: row.downloadCount,
                date: row.lastDownloadAt ? date.format(row.lastDownloadAt) : '',
              })}
        </p>
      </div>
      <div className="document-actions">
        {row.downloadCount > 0 && (
          <button
            type="button"
            className="secondary"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? t('documents.hideHistory') : t('documents.showHistory')}
          </button>
        )}
        <button type="button" className="secondary danger" disabled={readOnly} onClick={onDelete}>
          {t('documents.delete')}
        </button>
      </div>
      {error != null && (
        <p role="alert" className="field-error">
          {errorMessage(error)}
        </p>
      )}
      {open && <DownloadHistory clientId={clientId} documentId={row.id} loginName={loginName} />}
    </li>
  );
}

function DownloadHistory({
  clientId,
  documentId,
  loginName,
}: {
  clientId: string;
  documentId: string;
  loginName: (uid: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { user } = useSignedIn();
  const downloads = useDocumentDownloads(clientId, documentId, true);
  const date = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  });
  const who = (entry: DownloadRow) =>
    entry.role === 'client'
      ? (loginName(entry.uid) ?? t('documents.roles.client'))
      : entry.uid === user.uid
        ? t('documents.you')
        : t(`documents.roles.${entry.role}`);
  if (downloads.error != null) {
    return (
      <p role="alert" className="field-error">
        {errorMessage(downloads.error)}
      </p>
    );
  }
  if (downloads.isPending) return <p aria-busy="true">{t('ui.loading')}</p>;
  return (
    <ol className="document-downloads" aria-label={t('documents.historyTitle')}>
      {(downloads.data ?? []).map((entry) => (
        <li key={entry.id}>
          <span className="document-who">{who(entry)}</span>{' '}
          {entry.at && <time dateTime={entry.at.toISOString()}>{date.format(entry.at)}</time>}
          {entry.inline && ` · ${t('documents.viewed')}`}
        </li>
      ))}
    </ol>
  );
}
