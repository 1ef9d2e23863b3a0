import { z } from 'zod';
import type { DossierFileKind } from './dossier.js';

/**
 * The unpaid policy (D3), a tenant setting (`config/settings.unpaidPolicy`): the files of an
 * unpaid dossier are served stamped « POUR CONSULTATION UNIQUEMENT » (PDFs on every page, images
 * across), or not at all. A client marked `unpaidExempt` gets the originals anyway.
 */
export const unpaidPolicies = ['stamp', 'block'] as const;
export type UnpaidPolicy = (typeof unpaidPolicies)[number];
export const unpaidPolicySchema = z.enum(unpaidPolicies);
export const DEFAULT_UNPAID_POLICY: UnpaidPolicy = 'stamp';

export function readUnpaidPolicy(value: unknown): UnpaidPolicy {
  return value === 'block' ? 'block' : DEFAULT_UNPAID_POLICY;
}

/** Who downloads: staff of the agency, the client (or a staff preview of its space), a guest. */
export const downloaderRoles = ['staff', 'client', 'preview', 'guest'] as const;
export type DownloaderRole = (typeof downloaderRoles)[number];

export type ServedVersion = 'original' | 'stamped';
export type ServeDecision = { serve: ServedVersion } | { serve: 'blocked' };

/** The kinds the « POUR CONSULTATION UNIQUEMENT » stamp can be drawn on. */
export const stampableKinds: readonly DossierFileKind[] = ['pdf', 'jpeg', 'png'];

/**
 * Which version of a dossier file a downloader gets. Staff always get the original (it is their
 * document); everybody else the original once the dossier is paid or the client exempt, otherwise
 * what the policy says. The original file is never modified: stamping makes a copy per download.
 */
export function serveDecision(input: {
  role: DownloaderRole;
  paid: boolean;
  clientExempt: boolean;
  policy: UnpaidPolicy;
  kind: DossierFileKind;
}): ServeDecision {
  if (input.role === 'staff' || input.paid || input.clientExempt) return { serve: 'original' };
  // A format the stamp cannot draw on is blocked rather than served unstamped.
  if (input.policy === 'block' || !stampableKinds.includes(input.kind)) return { serve: 'blocked' };
  return { serve: 'stamped' };
}

export const UNPAID_BLOCKED_CODE = 'dossier/unpaid-blocked';
export const UNPAID_BLOCKED_MESSAGE =
  'Ce dossier n’est pas encore réglé : ses documents seront téléchargeables dès son paiement.';

/** One download, kept in `dossiers/{d}/history` (D2): who, as what, when, which file, which version. */
export interface DossierHistoryEntry {
  at: number;
  fileId: string;
  fileName: string;
  role: DownloaderRole;
  actorUid: string | null;
  /** An e-mail or a name, as the agency knows the downloader. */
  actorLabel: string;
  served: ServedVersion;
}
