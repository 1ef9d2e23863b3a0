import { HttpsError, onCall } from 'firebase-functions/v2/https';
import { appLink, dossierRefInput } from '@portail/shared';
import { requireStaff } from '../common/guards.js';
import { parseInput } from '../common/validation.js';
import { loadAgency } from '../notifications/agency.js';
import { queueEventEmail } from '../notifications/queueEventEmail.js';
import { clientRecipients } from '../notifications/recipients.js';
import { loadDossierForStaff } from './records.js';

/**
 * D5 « Avertir le client »: the `dossierAvailable` e-mail to every login of the dossier's client,
 * from the tenant's template. Entries are keyed by the dossier's last change, so a double click
 * (or a retry) sends once, and a dossier changed since can be announced again.
 */
export const notifyDossierClient = onCall(async (request): Promise<{ queued: number }> => {
  const caller = await requireStaff(request);
  const { dossierId } = parseInput(dossierRefInput, request.data);
  const { ref, dossier, client } = await loadDossierForStaff(caller, dossierId);
  if (!dossier.published) {
    throw new HttpsError(
      'failed-precondition',
      'Publiez le dossier avant d’avertir le client : il ne le verrait pas.',
      { code: 'dossier/not-published' },
    );
  }
  const agency = await loadAgency(caller.tenantId);
  if (!agency) throw new HttpsError('not-found', 'Agence introuvable.');
  const recipients = clientRecipients(agency, client, 'dossierAvailable');
  if (recipients.length === 0) {
    throw new HttpsError(
      'failed-precondition',
      'Ce client n’a encore aucun accès à son espace : invitez-le d’abord.',
      { code: 'dossier/no-login' },
    );
  }
  const version = (await ref.get()).updateTime?.toMillis() ?? 0;
  const link = appLink(agency.clientAppUrl, `/dossiers/${dossierId}`, { tenant: caller.tenantId });
  const queued = await queueEventEmail(
    agency,
    'dossierAvailable',
    `dossier-${dossierId}-${version}`,
    recipients,
    () => ({
      client: { firstName: client.firstName, lastName: client.lastName },
      dossier: { title: dossier.title },
      link,
    }),
    `/dossiers/${dossierId}`,
  );
  return { queued };
});
