import { z } from 'zod';
import { idSchema } from '../tenancy/contracts.js';

/**
 * C6 / L4: a client's own data as one ZIP. `exportMyData` (a callable, clients only, never a
 * preview) writes it to Storage under the client's folder, and the client downloads it through
 * the one download path: `GET /files?kind=archive&archiveId=…` with their ID token. The
 * archive's id is random; it is served only to a login of that same client, and expires.
 */
export const ARCHIVE_TTL_HOURS = 24;

export const archiveStoragePath = (tenantId: string, clientId: string, archiveId: string) =>
  `tenants/${tenantId}/clients/${clientId}/archives/${archiveId}.zip`;

export const archiveFileRequest = z.object({
  kind: z.literal('archive'),
  archiveId: idSchema,
});

export interface ExportMyDataResult {
  archiveId: string;
  /** What the archive holds, so the page can say it. */
  counts: Record<ArchiveSection, number>;
  expiresAt: number;
}

export const archiveSections = [
  'properties',
  'messages',
  'appointments',
  'documents',
  'dossiers',
  'mandates',
] as const;
export type ArchiveSection = (typeof archiveSections)[number];

/** The download's file name: the agency and the day, safe in any file system. */
export function archiveFileName(agencyName: string, at: number): string {
  const slug = agencyName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `mes-donnees-${slug || 'agence'}-${new Date(at).toISOString().slice(0, 10)}.zip`;
}
