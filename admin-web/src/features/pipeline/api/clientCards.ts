import { limit, orderBy, query, type QuerySnapshot } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { useLiveQuery } from '@portail/web/data';
import { assignmentConverter, clientAssignments, type AssignmentCard } from './assignmentCard.js';
import { useMounted } from './useMounted.js';

/**
 * The client file shows at most this many cards, the most recently changed first. A hunter
 * proposes a few dozen properties to one client; past 100 the oldest (mostly rejected) ones drop
 * off the panel and stay on the board, which pages.
 */
export const CLIENT_CARDS_BOUND = 100;

export const clientCardsKey = (tenantId: string, clientId: string) => [
  'pipeline',
  tenantId,
  'client',
  clientId,
];

/** Every card of one client (within the bound), followed live. */
export function useClientCards(clientId: string) {
  const { tenantId } = useTenant();
  const mounted = useMounted();
  return useLiveQuery(
    clientCardsKey(tenantId, clientId),
    mounted
      ? query(
          clientAssignments(tenantId, clientId).withConverter(assignmentConverter),
          orderBy('updatedAt', 'desc'),
          limit(CLIENT_CARDS_BOUND),
        )
      : null,
    (snapshot: QuerySnapshot<AssignmentCard>) => snapshot.docs.map((card) => card.data()),
  );
}
