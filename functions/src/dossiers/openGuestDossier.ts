import { onCall } from 'firebase-functions/v2/https';
import {
  readUnpaidPolicy,
  serveDecision,
  type DossierFile,
  type DossierStep,
} from '@portail/shared';
import { z } from 'zod';
import { db } from '../admin.js';
import { parseInput } from '../common/validation.js';
import { guestAccess } from '../files/dossierAccess.js';

export interface GuestDossierView {
  dossierId: string;
  agencyName: string;
  title: string;
  comments: string;
  steps: DossierStep[];
  conclusions: string[];
  files: Pick<DossierFile, 'id' | 'name' | 'title' | 'comment' | 'kind' | 'size' | 'pages'>[];
  /** What downloads give: originals, stamped copies, or nothing until the dossier is paid. */
  served: 'original' | 'stamped' | 'blocked';
  expiresAt: number;
}

/**
 * D4: what a guest's link opens, without an account: that one dossier, read on the guest's
 * behalf once the link is checked (expired, revoked and unknown links are refused alike).
 * Downloads then go through `files` with the same token.
 */
export const openGuestDossier = onCall(async (request): Promise<GuestDossierView> => {
  const { token } = parseInput(z.object({ token: z.string() }), request.data);
  const { ref, dossier, downloader, guestExpiresAt } = await guestAccess(token);
  const [branding, settings, client] = await Promise.all([
    db.doc(`tenants/${downloader.tenantId}/public/branding`).get(),
    db.doc(`tenants/${downloader.tenantId}/config/settings`).get(),
    db.doc(`tenants/${downloader.tenantId}/clients/${dossier.clientId}`).get(),
  ]);
  const decision = serveDecision({
    role: 'guest',
    paid: dossier.paid === true,
    clientExempt: client.get('unpaidExempt') === true,
    policy: readUnpaidPolicy(settings.get('unpaidPolicy')),
    kind: 'pdf',
  });
  return {
    dossierId: ref.id,
    agencyName: String(branding.get('name') ?? ''),
    title: dossier.title,
    comments: dossier.comments ?? '',
    steps: dossier.steps ?? [],
    conclusions: dossier.conclusions ?? [],
    files: (dossier.files ?? []).map(({ id, name, title, comment, kind, size, pages }) => ({
      id,
      name,
      title,
      comment,
      kind,
      size,
      pages,
    })),
    served: decision.serve,
    expiresAt: guestExpiresAt ?? 0,
  };
});
