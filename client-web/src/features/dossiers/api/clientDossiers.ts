import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  collection,
  limit,
  orderBy,
  query,
  where,
  type DocumentSnapshot,
  type QuerySnapshot,
} from 'firebase/firestore';
import type { DossierFile, DossierStep, DownloadState } from '@portail/shared';
import { db, useLiveQuery } from '@portail/web/data';
import { useSpaceIds } from '../../space/api/spaceIds.js';
import { openGuestDossier } from './fetchDossierFile.js';

/** A client has few dossiers: the latest ones, one page. */
const DOSSIERS_SHOWN = 50;

export interface ClientDossier {
  id: string;
  title: string;
  comments: string;
  steps: DossierStep[];
  conclusions: string[];
  files: DossierFile[];
  downloadedFileIds: string[];
  downloadState: DownloadState;
  amount: number;
  paid: boolean;
}

function readDossier(snapshot: DocumentSnapshot): ClientDossier | null {
  if (!snapshot.exists()) return null;
  const d = snapshot.data();
  return {
    id: snapshot.id,
    title: String(d.title ?? ''),
    comments: String(d.comments ?? ''),
    steps: (d.steps as DossierStep[] | undefined) ?? [],
    conclusions: (d.conclusions as string[] | undefined) ?? [],
    files: (d.files as DossierFile[] | undefined) ?? [],
    downloadedFileIds: (d.downloadedFileIds as string[] | undefined) ?? [],
    downloadState: (d.downloadState as DownloadState | undefined) ?? 'none',
    amount: Number(d.amount ?? 0),
    paid: d.paid === true,
  };
}

/**
 * The dossiers published to this space, newest first, live (a download changes their state).
 * The query repeats the rules' constraints: `clientId ==` and `published == true`.
 * Index: dossiers (collection) clientId asc, published asc, updatedAt desc.
 */
export function useClientDossiers() {
  const { tenantId, clientId } = useSpaceIds();
  const source = useMemo(
    () =>
      clientId
        ? query(
            collection(db, 'tenants', tenantId, 'dossiers'),
            where('clientId', '==', clientId),
            where('published', '==', true),
            orderBy('updatedAt', 'desc'),
            limit(DOSSIERS_SHOWN),
          )
        : null,
    [tenantId, clientId],
  );
  return useLiveQuery(['space-dossiers', tenantId, clientId], source, (snapshot: QuerySnapshot) =>
    snapshot.docs.map((d) => readDossier(d)!),
  );
}

/**
 * One of them, from the list: a direct read of a dossier taken off the space would be refused,
 * and a refused read is how the shell learns that an access was withdrawn.
 */
export function useClientDossier(dossierId: string) {
  const list = useClientDossiers();
  return {
    ...list,
    data: list.data ? (list.data.find((d) => d.id === dossierId) ?? null) : undefined,
  };
}

export interface GuestDossierView {
  dossierId: string;
  agencyName: string;
  title: string;
  comments: string;
  steps: DossierStep[];
  conclusions: string[];
  files: Pick<DossierFile, 'id' | 'name' | 'title' | 'comment' | 'kind' | 'size' | 'pages'>[];
  served: 'original' | 'stamped' | 'blocked';
  expiresAt: number;
}

export function useGuestDossier(token: string) {
  return useQuery({
    queryKey: ['guest-dossier', token],
    queryFn: () => openGuestDossier<GuestDossierView>(token),
    enabled: token !== '',
    retry: false,
  });
}
