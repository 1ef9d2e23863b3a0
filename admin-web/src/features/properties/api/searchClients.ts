import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  collection,
  getDocs,
  limit,
  orderBy,
  query,
  where,
  type QueryConstraint,
} from 'firebase/firestore';
import {
  clientDisplayName,
  matchesOthers,
  searchTerms,
  type ClientStatus,
  type SearchCriteria,
} from '@portail/shared';
import { useSignedIn, useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { useTenantSettings } from '../../settings/api/tenantSettings.js';

export interface ClientChoice {
  id: string;
  name: string;
  email: string;
  status: ClientStatus;
  criteria: SearchCriteria | null;
}

export const CLIENT_CHOICES = 20;
/**
 * A collaborator who sees only shared clients must query `sharedWith array-contains` (the rules
 * are not filters), and Firestore allows one `array-contains` per query: their search reads this
 * many of their clients by name and checks the words on them.
 */
const SHARED_SEARCH_WINDOW = 100;

/**
 * Clients to pick in "Affecter" (H3): the first 20 by name, or those whose name or e-mail starts
 * with the words typed (through `keywords`). Clients being deleted are left out on the page read.
 */
export async function searchClients(
  tenantId: string,
  text: string,
  sharedWithUid: string | null,
): Promise<ClientChoice[]> {
  const terms = searchTerms(text);
  const constraints: QueryConstraint[] = [];
  if (sharedWithUid) constraints.push(where('sharedWith', 'array-contains', sharedWithUid));
  else if (terms) constraints.push(where('keywords', 'array-contains', terms.keyword));
  constraints.push(
    orderBy('sortKey'),
    limit(sharedWithUid && terms ? SHARED_SEARCH_WINDOW : CLIENT_CHOICES),
  );
  const snapshot = await getDocs(
    query(collection(db, 'tenants', tenantId, 'clients'), ...constraints),
  );
  const wanted = terms ? (sharedWithUid ? [terms.keyword, ...terms.others] : terms.others) : [];
  return snapshot.docs
    .filter((d) => d.get('status') !== 'deleting')
    .filter((d) => matchesOthers((d.get('keywords') as string[] | undefined) ?? [], wanted))
    .slice(0, CLIENT_CHOICES)
    .map((d) => ({
      id: d.id,
      name: clientDisplayName({
        firstName: String(d.get('firstName') ?? ''),
        lastName: String(d.get('lastName') ?? ''),
      }),
      email: String(d.get('email') ?? ''),
      status: d.get('status') as ClientStatus,
      criteria: (d.get('criteria') as SearchCriteria | undefined) ?? null,
    }));
}

/** Whether this member sees only the clients shared with them (the query must say so). */
export function useSharedOnlyUid(): { uid: string | null; ready: boolean } {
  const { user, claims } = useSignedIn();
  const settings = useTenantSettings();
  const scoped =
    claims.role === 'collaborator' && settings.data?.collaboratorsSeeSharedOnly === true;
  return { uid: scoped ? user.uid : null, ready: settings.isFetched };
}

export function useClientChoices(text: string) {
  const { tenantId } = useTenant();
  const scope = useSharedOnlyUid();
  return useQuery({
    queryKey: ['property-client-choices', tenantId, scope.uid, text.trim()],
    queryFn: () => searchClients(tenantId, text, scope.uid),
    enabled: scope.ready,
    placeholderData: keepPreviousData,
  });
}
