import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, errorMessage, useReadOnly } from '@portail/web';
import { useClientPropertyOptions } from '../../agenda/api/clientProperties.js';
import { useLiveClient } from '../../clientFile/api/clientDocument.js';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';
import { useClientDocuments, type DocumentRow } from '../api/clientDocuments.js';
import { useDeleteDocument } from '../api/deleteDocument.js';
import { DocumentItem } from './DocumentItem.js';
import { DocumentUploadForm } from './DocumentUploadForm.js';
import '../documents.css';

/** « Documents partagés » (H8): share PDFs and images, see who downloaded them, delete them. */
export function DocumentsPanel({ clientId, clientName }: { clientId: string; clientName: string }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const pageSize = useTenantSettings().data?.rowsPerPage ?? 25;
  const [pages, setPages] = useState(1);
  const list = useClientDocuments(clientId, pages * pageSize);
  const properties = useClientPropertyOptions(clientId).data ?? [];
  const live = useLiveClient(clientId);
  const logins = live.state === 'ready' ? live.client.logins : [];
  const remove = useDeleteDocument();
  const [deleting, setDeleting] = useState<DocumentRow | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const propertyTitle = (propertyId: string | null) =>
    properties.find((property) => property.propertyId === propertyId)?.title;
  const loginName = (uid: string) => {
    const login = logins.find((entry) => entry.uid === uid);
    return login ? login.displayName || login.email : undefined;
  };

  return (
    <section className="panel documents-panel" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('documents.title')}</h2>
      <p className="field-help">{t('documents.intro', { name: clientName })}</p>
      <DocumentUploadForm
        clientId={clientId}
        properties={properties}
        disabled={readOnly}
        onShared={(title) => setStatus(t('documents.shared', { title }))}
      />
      {status && (
        <p role="status" className="saved">
          {status}
        </p>
      )}
      {list.error != null ? (
        <p role="alert" className="error">
          {errorMessage(list.error)}
        </p>
      ) : list.isPending ? (
        <p aria-busy="true">{t('ui.loading')}</p>
      ) : (list.data ?? []).length === 0 ? (
        <p className="documents-empty">{t('documents.empty')}</p>
      ) : (
        <ul className="documents-list">
          {(list.data ?? []).map((row) => (
            <DocumentItem
              key={row.id}
              clientId={clientId}
              row={row}
              propertyTitle={propertyTitle(row.propertyId)}
              loginName={loginName}
              onDelete={() => {
                remove.reset();
                setDeleting(row);
              }}
            />
          ))}
        </ul>
      )}
      {list.hasMore && (
        <button type="button" className="secondary" onClick={() => setPages(pages + 1)}>
          {t('documents.more')}
        </button>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('documents.deleteTitle')}
          confirmLabel={t('documents.delete')}
          danger
          pending={remove.isPending}
          error={remove.error ? errorMessage(remove.error) : null}
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate(
              { clientId, documentId: deleting.id },
              {
                onSuccess: () => {
                  setStatus(t('documents.deleted', { title: deleting.title }));
                  setDeleting(null);
                },
              },
            )
          }
        >
          <p>{t('documents.deleteBody', { title: deleting.title })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
