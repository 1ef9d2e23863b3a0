import { useReadOnly } from '@portail/web';
import { PlacesPanel } from '@portail/web/map';
import { useSpaceIds } from '../space/api/spaceIds.js';

/** H9 on the client's space: « Mes lieux » (a preview shows them, never changes them). */
export function PlacesSection() {
  const { tenantId, clientId } = useSpaceIds();
  const readOnly = useReadOnly();
  if (!clientId) return null;
  return <PlacesPanel tenantId={tenantId} clientId={clientId} readOnly={readOnly} />;
}
