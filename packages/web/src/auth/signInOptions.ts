import {
  defaultPublicSignInOptions,
  publicSignInOptionsSchema,
  type PublicSignInOptions,
} from '@portail/shared';
import { useLivePublicDoc } from '../tenant/livePublicDoc.js';

/**
 * The tenant's public sign-in options (`tenants/{t}/public/signin`), followed live. Nothing is
 * offered until it is read, or when it is missing or unreadable. `enabled: false` reads nothing
 * (the admin app offers no link).
 */
export function useSignInOptions(tenantId: string, enabled = true): PublicSignInOptions {
  const options = useLivePublicDoc(
    enabled ? tenantId : null,
    'signin',
    publicSignInOptionsSchema,
    defaultPublicSignInOptions,
  );
  return enabled ? (options ?? defaultPublicSignInOptions) : defaultPublicSignInOptions;
}
