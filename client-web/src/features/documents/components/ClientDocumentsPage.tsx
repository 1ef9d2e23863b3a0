import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isPermissionDenied, ShellPage } from '@portail/web';
import { SPACE_DOCUMENTS_PAGE, useSpaceDocuments } from '../api/spaceDocuments.js';
import { DocumentList } from './DocumentList.js';

/** « Documents » (H8): what the agency shared on this space, to download. */
export function ClientDocumentsPage() {
  const { t } = useTranslation();
  const [pages, setPages] = useState(1);
  const documents = useSpaceDocuments(null, pages * SPACE_DOCUMENTS_PAGE);
  const list = documents.data ?? [];
  if (documents.error != null && isPermissionDenied(documents.error)) return null;
  return (
    <ShellPage title={t('documents.title')}>
      {documents.error != null ? (
        <p role="alert" className="error">
          {errorMessage(documents.error)}
        </p>
      ) : documents.isPending ? (
        <p aria-busy="true">{t('ui.loading')}</p>
      ) : list.length === 0 ? (
        <p className="card empty-state">{t('documents.empty')}</p>
      ) : (
        <DocumentList documents={list} />
      )}
      {documents.hasMore && (
        <button type="button" className="secondary" onClick={() => setPages(pages + 1)}>
          {t('documents.more')}
        </button>
      )}
    </ShellPage>
  );
}
