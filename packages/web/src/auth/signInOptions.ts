import { useEffect, useState } from 'react';
import { readPublicDocument } from '../firebase/restDocument.js';

/**
 * Whether the tenant's sign-in page offers the e-mailed sign-in link
 * (`tenants/{t}/public/signin.magicLink`), read when the page opens. Nothing is offered until it
 * is read, or when it is missing or unreadable; `enabled: false` reads nothing (the admin app).
 */
export function useSignInOptions(tenantId: string, enabled = true): { magicLink: boolean } {
  const [magicLink, setMagicLink] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    readPublicDocument(`tenants/${tenantId}/public/signin`).then(
      (options) => live && setMagicLink(options?.magicLink === true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [tenantId, enabled]);
  return { magicLink: enabled && magicLink };
}
