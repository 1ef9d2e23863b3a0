import { useMutation } from '@tanstack/react-query';
import { doc, type DocumentSnapshot, type Timestamp } from 'firebase/firestore';
import type { SetFeedAccessInput, SetFeedAccessResult } from '@portail/shared';
import { useTenant } from '@portail/web';
import { db, useLiveQuery } from '@portail/web/data';
import { callAggregator } from './callAggregator.js';

export interface AggregatorSettings {
  portalScraping: boolean;
  feedConfigured: boolean;
  /** The licensed feed's API address (never its key, which no app can read). */
  feedBaseUrl: string | null;
  feedSavedAt: Date | null;
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
      feedBaseUrl: (snapshot.get('feedBaseUrl') as string | undefined) ?? null,
      feedSavedAt: (snapshot.get('feedSavedAt') as Timestamp | undefined)?.toDate() ?? null,
    }),
  );
}

export function useSetPortalScraping() {
  return useMutation({
    mutationFn: (input: { enabled: boolean; acknowledged: boolean }) =>
      callAggregator<{ portalScraping: boolean }>('setPortalScraping', input),
  });
}

/** Saves, replaces or (`{ remove: true }`) removes the licensed feed's address and key. */
export function useSetFeedAccess() {
  return useMutation({
    mutationFn: (input: SetFeedAccessInput) =>
      callAggregator<SetFeedAccessResult>('setFeedAccess', input),
  });
}
