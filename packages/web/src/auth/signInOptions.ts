import { useEffect, useState } from 'react';
import { doc, onSnapshot } from 'firebase/firestore';
import {
  defaultPublicSignInOptions,
  publicSignInOptionsSchema,
  type PublicSignInOptions,
} from '@portail/shared';
import { db } from '../firebase/client.js';

/**
 * The tenant's public sign-in options (`tenants/{t}/public/signin`, readable before sign-in),
 * followed live so an admin's change shows at once. Nothing is offered until it is read, or when
 * it is missing or unreadable. `enabled: false` reads nothing (the admin app offers no link).
 */
export function useSignInOptions(tenantId: string, enabled = true): PublicSignInOptions {
  const [options, setOptions] = useState<PublicSignInOptions>(defaultPublicSignInOptions);
  useEffect(() => {
    if (!enabled) return;
    return onSnapshot(
      doc(db, 'tenants', tenantId, 'public', 'signin'),
      (snapshot) =>
        setOptions(
          publicSignInOptionsSchema.safeParse(snapshot.data()).data ?? defaultPublicSignInOptions,
        ),
      () => setOptions(defaultPublicSignInOptions),
    );
  }, [tenantId, enabled]);
  return enabled ? options : defaultPublicSignInOptions;
}
