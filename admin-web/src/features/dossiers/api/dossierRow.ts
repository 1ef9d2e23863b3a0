import type { DossierRecord } from '@portail/shared';

export type DossierRow = DossierRecord & { id: string; updatedAtMs: number | null };

/** A dossier as the screens use it; fields missing on an old document get their empty value. */
export function readDossier(id: string, data: Record<string, unknown>): DossierRow {
  const updatedAt = data.updatedAt as { toMillis?: () => number } | undefined;
  const d = data as Partial<DossierRecord>;
  return {
    id,
    tenantId: d.tenantId ?? '',
    clientId: d.clientId ?? '',
    clientName: d.clientName ?? '',
    title: d.title ?? '',
    comments: d.comments ?? '',
    steps: d.steps ?? [],
    conclusions: d.conclusions ?? [],
    propertyId: d.propertyId ?? null,
    address: d.address ?? null,
    location: d.location ?? null,
    amount: d.amount ?? 0,
    paid: d.paid === true,
    published: d.published === true,
    files: d.files ?? [],
    downloadedFileIds: d.downloadedFileIds ?? [],
    downloadState: d.downloadState ?? 'none',
    keywords: d.keywords ?? [],
    updatedAtMs: updatedAt?.toMillis?.() ?? null,
  };
}
