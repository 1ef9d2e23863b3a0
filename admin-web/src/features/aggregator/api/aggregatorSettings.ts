import { useMutation } from '@tanstack/react-query';
import { doc, type DocumentSnapshot } from 'firebase/firestore';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { callAggregator } from './callAggregator.js';

export interface AggregatorSettings {
  portalScraping: boolean;
  feedConfigured: boolean;
}

/** The tenant's opt-in to reading the portals (A5) and whether a licensed feed is set up, live. */
export function useAggregatorSettings() {
  const { tenantId } = useTenant();
  return useLiveQuery<AggregatorSettings, DocumentSnapshot>(
    ['aggregator-settings', tenantId],
    doc(db, 'tenants', tenantId, 'config', 'aggregator'),
    (snapshot) => ({
      portalScraping: snapshot.get('portalScraping') === true,
      feedConfigured: snapshot.get('feedConfigured') === true,
    }),
  );
}

export function useSetPortalScraping() {
  return useMutation({
    mutationFn: (input: { enabled: boolean; acknowledged: boolean }) =>
      callAggregator<{ portalScraping: boolean }>('setPortalScraping', input),
  });
}
