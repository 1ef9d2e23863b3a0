import { useQuery } from '@tanstack/react-query';
import { collection, getDocs, limit, orderBy, query, where } from 'firebase/firestore';
import { clientDisplayName } from '@portail/shared';
import { useSignedIn, useTenant } from '@portail/web';
import { db } from '@portail/web/data';
import { useDossierScope } from './listDossiers.js';

/** A picker lists at most this many clients, by name; more would call for a search box. */
const CLIENT_OPTIONS_LIMIT = 200;

export interface ClientOption {
  id: string;
  name: string;
  unpaidExempt: boolean;
}

/** The clients a dossier may be for (and the list filtered by), as the member may see them. */
export function useClientOptions() {
  const { tenantId } = useTenant();
  const { user } = useSignedIn();
  const scope = useDossierScope();
  return useQuery({
    queryKey: ['dossiers', tenantId, 'client-options', scope.mustPickClient],
    enabled: scope.ready,
    queryFn: async (): Promise<ClientOption[]> => {
      const snapshot = await getDocs(
        query(
          collection(db, 'tenants', tenantId, 'clients'),
          ...(scope.mustPickClient ? [where('sharedWith', 'array-contains', user.uid)] : []),
          orderBy('sortKey'),
          limit(CLIENT_OPTIONS_LIMIT),
        ),
      );
      return snapshot.docs.map((doc) => ({
        id: doc.id,
        name: clientDisplayName(doc.data() as { firstName: string; lastName: string }),
        unpaidExempt: doc.get('unpaidExempt') === true,
      }));
    },
  });
}
