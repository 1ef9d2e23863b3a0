import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The conversation and the appointments, each in a chunk of their own features.
const ConversationPanel = lazy(() =>
  import('../../messages/components/ConversationPanel.js').then((module) => ({
    default: module.ConversationPanel,
  })),
);

const AppointmentsPanel = lazy(() =>
  import('../../agenda/components/AppointmentsPanel.js').then((module) => ({
    default: module.AppointmentsPanel,
  })),
);

/** The conversation (H7) and the appointments (H6); the rest of the file shows without waiting. */
export function TogetherSlot({ clientId, clientName }: { clientId: string; clientName: string }) {
  const { t } = useTranslation();
  return (
    <div className="file-grid file-together">
      <Suspense fallback={<p>{t('ui.loading')}</p>}>
        <ConversationPanel clientId={clientId} clientName={clientName} />
      </Suspense>
      <Suspense fallback={<p>{t('ui.loading')}</p>}>
        <AppointmentsPanel clientId={clientId} clientName={clientName} />
      </Suspense>
    </div>
  );
}
