import { HttpsError, onRequest } from 'firebase-functions/v2/https';
import {
  dossierAddressLabel,
  dossierHistoryColumns,
  dossierListColumns,
  downloadStates,
  languageSchema,
  type DossierRecord,
  type ExportRow,
} from '@portail/shared';
import { z } from 'zod';
import { db } from '../admin.js';
import { requireAppCheck } from '../common/appCheck.js';
import { requireStaff, type StaffCaller } from '../common/guards.js';
import { httpAuth, sendHttpError } from '../common/httpAuth.js';
import { parseInput } from '../common/validation.js';
import { loadClientForStaff } from '../clients/records.js';
import { contentDisposition } from '../files/contentDisposition.js';
import { writeXlsx } from '../exports/writeXlsx.js';
import { loadDossierForStaff } from './records.js';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' });
const exportInput = z.discriminatedUnion('what', [
  z.object({
    what: z.literal('list'),
    language: languageSchema.default('fr'),
    clientId: id.optional(),
    paid: z.enum(['true', 'false']).optional(),
    downloadState: z.enum(downloadStates).optional(),
  }),
  z.object({ what: z.literal('history'), language: languageSchema.default('fr'), dossierId: id }),
]);

const PAGE = 500;
const millis = (value: unknown) =>
  value && typeof (value as { toMillis?: unknown }).toMillis === 'function'
    ? new Date((value as { toMillis(): number }).toMillis())
    : undefined;

/** Pages through a query ordered by a field, so the sheet streams without holding the list. */
async function* paged(
  base: FirebaseFirestore.Query,
  toRow: (doc: FirebaseFirestore.QueryDocumentSnapshot) => ExportRow,
): AsyncGenerator<ExportRow> {
  let after: FirebaseFirestore.QueryDocumentSnapshot | undefined;
  for (;;) {
    const page = await (after ? base.startAfter(after) : base).limit(PAGE).get();
    for (const doc of page.docs) yield toRow(doc);
    if (page.size < PAGE) return;
    after = page.docs[page.size - 1];
  }
}

/** A collaborator who sees only shared clients exports one shared client's dossiers, as they list. */
async function scopeClient(caller: StaffCaller, clientId: string | undefined) {
  if (clientId) {
    await loadClientForStaff(caller, clientId);
    return;
  }
  if (caller.role !== 'collaborator') return;
  const settings = await db.doc(`tenants/${caller.tenantId}/config/settings`).get();
  if (settings.get('collaboratorsSeeSharedOnly') === true) {
    throw new HttpsError('permission-denied', 'Choisissez un client pour exporter ses dossiers.');
  }
}

/**
 * `GET /exportDossiers?what=list[&clientId&paid&downloadState]` (D1) or
 * `?what=history&dossierId=…` (D2), with the ID token: a real .xlsx streamed as it is written.
 */
export const exportDossiers = onRequest(
  { cors: true, memory: '512MiB', timeoutSeconds: 300 },
  async (request, response) => {
    try {
      if (request.method !== 'GET') throw new HttpsError('invalid-argument', 'Lecture attendue.');
      await requireAppCheck(request);
      const caller = await requireStaff({ auth: await httpAuth(request) });
      const input = parseInput(exportInput, request.query);
      let rows: AsyncGenerator<ExportRow>;
      let sheet: { name: { fr: string; en: string }; columns: typeof dossierListColumns };
      let fileName: string;
      if (input.what === 'history') {
        const { ref, dossier } = await loadDossierForStaff(caller, input.dossierId);
        sheet = { name: { fr: 'Historique', en: 'History' }, columns: dossierHistoryColumns };
        fileName = `historique-${dossier.title}.xlsx`;
        rows = paged(ref.collection('history').orderBy('at', 'desc'), (doc) => ({
          ...doc.data(),
          at: millis(doc.get('at')),
        }));
      } else {
        await scopeClient(caller, input.clientId);
        let query: FirebaseFirestore.Query = db.collection(`tenants/${caller.tenantId}/dossiers`);
        if (input.clientId) query = query.where('clientId', '==', input.clientId);
        if (input.paid) query = query.where('paid', '==', input.paid === 'true');
        if (input.downloadState) query = query.where('downloadState', '==', input.downloadState);
        sheet = { name: { fr: 'Dossiers', en: 'Files' }, columns: dossierListColumns };
        fileName = input.language === 'en' ? 'dossiers.xlsx' : 'dossiers.xlsx';
        rows = paged(query.orderBy('updatedAt', 'desc'), (doc) => {
          const dossier = doc.data() as DossierRecord;
          return {
            ...dossier,
            address: dossierAddressLabel(dossier.address ?? null),
            files: (dossier.files ?? []).length,
            updatedAt: millis(doc.get('updatedAt')),
          };
        });
      }
      response.set(
        'Content-Type',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      response.set('Content-Disposition', contentDisposition(fileName));
      response.set('Cache-Control', 'private, no-store');
      response.set('Access-Control-Expose-Headers', 'Content-Disposition');
      await writeXlsx(response, sheet, rows, input.language);
    } catch (error) {
      if (!response.headersSent) sendHttpError(response, error);
      else response.destroy();
    }
  },
);
