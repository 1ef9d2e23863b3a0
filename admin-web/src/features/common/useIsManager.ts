import { useSignedIn } from '@portail/web';

/** Owner or admin: the roles that manage the team, the settings and deletions. */
export function useIsManager(): boolean {
  const { claims } = useSignedIn();
  return claims.role === 'owner' || claims.role === 'admin';
}
