import { randomBytes } from 'node:crypto';
import { HttpsError, onRequest } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import {
  checkUpload,
  dossierDownloadState,
  dossierFileKinds,
  dossierFilePath,
  dossierRefInput,
  DOSSIER_MAX_FILES,
  type DossierFile,
  type DossierFileKind,
  type DossierRecord,
} from '@portail/shared';
import { db } from '../admin.js';
import { requireAppCheck } from '../common/appCheck.js';
import { requireStaff } from '../common/guards.js';
import { httpAuth, sendHttpError } from '../common/httpAuth.js';
import { parseInput } from '../common/validation.js';
import { defaultBucket } from '../storage.js';
import { dossierNotFound, loadDossierForStaff } from './records.js';

const header = (value: string | undefined, fallback: string, max: number) => {
  try {
    const decoded = decodeURIComponent(value ?? '').trim();
    return (decoded || fallback).slice(0, max);
  } catch {
    return fallback.slice(0, max);
  }
};

const tooMany = () =>
  new HttpsError(
    'failed-precondition',
    `Un dossier compte au plus ${DOSSIER_MAX_FILES} fichiers : retirez-en avant d’en ajouter.`,
    { code: 'dossier/too-many-files' },
  );

/** The checks on content beyond the type: a PDF must be one the unpaid stamp can handle. */
async function checkDossierFile(bytes: Buffer, name: string) {
  const check = checkUpload({ bytes, name }, 'document');
  if (!check.ok) throw new HttpsError('invalid-argument', check.message, { code: check.code });
  if (!(dossierFileKinds as readonly string[]).includes(check.kind)) {
    throw new HttpsError(
      'invalid-argument',
      'Ce type de fichier n’a pas sa place dans un dossier.',
      {
        code: 'file-not-document',
      },
    );
  }
  const kind = check.kind as DossierFileKind;
  let pages: number | null = null;
  if (kind === 'pdf') {
    // Refused now rather than served unstamped to an unpaid client later.
    const { inspectPdf } = await import('../files/stamp/inspectPdf.js');
    const inspection = await inspectPdf(bytes);
    if (!inspection.ok) {
      throw new HttpsError('invalid-argument', inspection.message, { code: inspection.code });
    }
    pages = inspection.pages;
  } else if (kind !== 'heic') {
    // HEIC cannot be stamped: kept as is, an unpaid client is refused it (serveDecision).
    const { stampImage } = await import('../files/stamp/stampImage.js');
    const { StampError } = await import('../files/stamp/refusals.js');
    await stampImage(bytes).catch((error: unknown) => {
      if (error instanceof StampError) {
        throw new HttpsError('invalid-argument', error.message, { code: error.code });
      }
      throw error;
    });
  }
  return { kind, mime: check.mime, pages };
}

/**
 * `POST /uploadDossierFile?dossierId=…` with the file's bytes as the body, its name in
 * `X-File-Name` (and optionally `X-File-Title`, `X-File-Comment`), all URI-encoded: staff add one
 * file to a dossier. The content decides the type (PDF, JPEG, PNG, HEIC, see
 * dossierFileKinds), a PDF must survive the stamp, and the file is listed on the dossier in a
 * transaction; if that fails the stored file is removed, so nothing is left behind. The body is
 * whole before anything is stored: an upload cut half-way stores nothing.
 */
export const uploadDossierFile = onRequest(
  { cors: true, memory: '1GiB', timeoutSeconds: 120 },
  async (request, response) => {
    try {
      if (request.method !== 'POST') throw new HttpsError('invalid-argument', 'Envoi attendu.');
      await requireAppCheck(request);
      const caller = await requireStaff({ auth: await httpAuth(request) });
      const { dossierId } = parseInput(dossierRefInput, { dossierId: request.query.dossierId });
      const { ref } = await loadDossierForStaff(caller, dossierId);
      const bytes = request.rawBody ?? Buffer.alloc(0);
      const name = header(request.get('x-file-name'), 'document', 255);
      const checked = await checkDossierFile(bytes, name);
      const file: DossierFile = {
        id: randomBytes(9).toString('base64url'),
        name,
        title: header(request.get('x-file-title'), name.replace(/\.[^.]+$/, ''), 200),
        comment: header(request.get('x-file-comment'), '', 2000),
        kind: checked.kind,
        mime: checked.mime,
        size: bytes.length,
        pages: checked.pages,
        uploadedAt: Date.now(),
        uploadedBy: caller.uid,
      };
      const stored = defaultBucket().file(dossierFilePath(caller.tenantId, dossierId, file.id));
      await stored.save(bytes, {
        contentType: file.mime,
        resumable: false,
        metadata: { cacheControl: 'private, no-store' },
      });
      try {
        await db.runTransaction(async (tx) => {
          const current = await tx.get(ref);
          if (!current.exists) throw dossierNotFound();
          const dossier = current.data() as DossierRecord;
          const files = [...(dossier.files ?? []), file];
          if (files.length > DOSSIER_MAX_FILES) throw tooMany();
          tx.update(ref, {
            files,
            downloadState: dossierDownloadState(
              files.map((f) => f.id),
              dossier.downloadedFileIds ?? [],
            ),
            updatedAt: FieldValue.serverTimestamp(),
          });
        });
      } catch (error) {
        await stored.delete({ ignoreNotFound: true });
        throw error;
      }
      response.status(200).json({ result: { file } });
    } catch (error) {
      sendHttpError(response, error);
    }
  },
);
