import { useSignedIn, useTenant } from '@portail/web';

/** Whose space this is: the tenant, the client space of the signed-in login, and that login. */
export function useSpaceIds() {
  const { tenantId } = useTenant();
  const { user, claims } = useSignedIn();
  return {
    tenantId,
    clientId: claims.role === 'client' ? claims.clientId : '',
    uid: user.uid,
  };
}
