import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The documents panel reads Firestore: a chunk of its own, shown without holding the file back.
const DocumentsPanel = lazy(() =>
  import('./DocumentsPanel.js').then((module) => ({ default: module.DocumentsPanel })),
);

/** « Documents partagés » at the bottom of the client file (H8). */
export function ClientDocumentsSlot({
  clientId,
  clientName,
}: {
  clientId: string;
  clientName: string;
}) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p>{t('ui.loading')}</p>}>
      <DocumentsPanel clientId={clientId} clientName={clientName} />
    </Suspense>
  );
}
