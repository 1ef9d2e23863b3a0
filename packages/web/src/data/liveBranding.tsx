import { useEffect } from 'react';
import { doc, onSnapshot } from 'firebase/firestore';
import { readBranding } from '@portail/shared';
import { db } from '../firebase/firestore.js';
import { useTenant } from '../tenant/TenantProvider.js';

/**
 * Signed in, the branding follows `public/branding` live, so an admin's change shows at once in
 * every open tab. Loaded with the signed-in shell (it needs the Firestore SDK).
 */
export function LiveBranding() {
  const { tenantId, setBranding } = useTenant();
  useEffect(
    () =>
      onSnapshot(
        doc(db, 'tenants', tenantId, 'public', 'branding'),
        (snapshot) => {
          if (snapshot.exists()) setBranding(readBranding(snapshot.data()));
        },
        () => undefined,
      ),
    [tenantId, setBranding],
  );
  return null;
}
