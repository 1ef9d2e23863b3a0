import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly, useTenant } from '@portail/web';

// The places panel comes in its own chunk: the rest of the client file shows without it.
const PlacesPanel = lazy(() =>
  import('@portail/web/map').then((module) => ({ default: module.PlacesPanel })),
);

/** H9 in the client file: the client's points of interest, which staff keep for them too. */
export function ClientPlacesSlot({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const readOnly = useReadOnly();
  return (
    <Suspense fallback={<p>{t('ui.loading')}</p>}>
      <PlacesPanel tenantId={tenantId} clientId={clientId} asStaff readOnly={readOnly} />
    </Suspense>
  );
}
