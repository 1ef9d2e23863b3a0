import { HttpsError, onRequest } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import {
  checkUpload,
  formatMegabytes,
  PHOTO_MAX_BYTES,
  PROPERTY_MAX_PHOTOS,
  propertyRefInput,
  type PropertyPhoto,
} from '@portail/shared';
import { db } from '../admin.js';
import { requireAppCheck } from '../common/appCheck.js';
import { requireStaff } from '../common/guards.js';
import { httpAuth, sendHttpError } from '../common/httpAuth.js';
import { parseInput } from '../common/validation.js';
import { removeFiles, storePhoto } from './photoFiles.js';
import { propertyPath } from './records.js';

/**
 * `POST /uploadPhoto?propertyId=…` with the photo's bytes as the body and its name in
 * `X-File-Name`: staff add one photo to a property (the apps send several, one request each, for
 * a progress bar per photo). The bytes are checked on their content, resized server-side, and
 * the photo appended in a transaction; if anything fails after the files were written, they are
 * removed, so no orphan is left in Storage.
 */
export const uploadPhoto = onRequest(
  { cors: true, memory: '1GiB', timeoutSeconds: 120 },
  async (request, response) => {
    try {
      if (request.method !== 'POST') throw new HttpsError('invalid-argument', 'Envoi attendu.');
      await requireAppCheck(request);
      const caller = await requireStaff({ auth: await httpAuth(request) });
      const { propertyId } = parseInput(propertyRefInput, { propertyId: request.query.propertyId });
      const bytes = request.rawBody;
      if (!bytes || bytes.length > PHOTO_MAX_BYTES) {
        throw new HttpsError(
          'invalid-argument',
          bytes
            ? `Photo trop volumineuse : ${formatMegabytes(bytes.length)} pour ${formatMegabytes(PHOTO_MAX_BYTES)} au plus.`
            : 'Aucune photo reçue.',
        );
      }
      const name = decodeURIComponent(request.get('x-file-name') ?? 'photo');
      const check = checkUpload({ bytes, name }, 'photo');
      if (!check.ok) throw new HttpsError('invalid-argument', check.message, { code: check.code });

      const ref = db.doc(propertyPath(caller.tenantId, propertyId));
      const before = await ref.get();
      if (!before.exists) throw new HttpsError('not-found', 'Bien introuvable.');
      if (((before.get('photos') as unknown[] | undefined) ?? []).length >= PROPERTY_MAX_PHOTOS) {
        throw tooMany();
      }
      const stored = await storePhoto(caller.tenantId, propertyId, bytes, check.mime);
      const photo: PropertyPhoto = { id: stored.id, width: stored.width, height: stored.height };
      try {
        await db.runTransaction(async (tx) => {
          const current = await tx.get(ref);
          if (!current.exists)
            throw new HttpsError('not-found', 'Ce bien a été supprimé entre-temps.');
          const photos = (current.get('photos') as PropertyPhoto[] | undefined) ?? [];
          if (photos.length >= PROPERTY_MAX_PHOTOS) throw tooMany();
          tx.update(ref, { photos: [...photos, photo], updatedAt: FieldValue.serverTimestamp() });
        });
      } catch (error) {
        await removeFiles(stored.paths);
        throw error;
      }
      response.status(200).json({ result: { photo } });
    } catch (error) {
      sendHttpError(response, error);
    }
  },
);

const tooMany = () =>
  new HttpsError(
    'failed-precondition',
    `Un bien compte au plus ${PROPERTY_MAX_PHOTOS} photos : supprimez-en avant d’en ajouter.`,
  );
