import { HttpsError, onRequest, type Request } from 'firebase-functions/v2/https';
import { FieldValue } from 'firebase-admin/firestore';
import {
  documentRefusals,
  documentStoragePath,
  documentTitleFrom,
  isStaffRole,
  readClaims,
  uploadDocumentQuery,
  type DocumentUploaderRole,
} from '@portail/shared';
import { db } from '../admin.js';
import { requireAppCheck } from '../common/appCheck.js';
import { requireClient } from '../common/clientGuard.js';
import { requireStaff } from '../common/guards.js';
import { httpAuth, sendHttpError } from '../common/httpAuth.js';
import { parseInput } from '../common/validation.js';
import { loadClientForStaff } from '../clients/records.js';
import { defaultBucket } from '../storage.js';
import { checkDocument } from './checkDocument.js';

const fileName = (value: string | undefined) => {
  try {
    return (decodeURIComponent(value ?? '').trim() || 'document').slice(0, 255);
  } catch {
    return 'document';
  }
};

interface Uploader {
  tenantId: string;
  uid: string;
  role: DocumentUploaderRole;
}

/**
 * Staff who may see the client share documents on its space; the client's own login (never a
 * preview) may only attach a file to a message of its space.
 */
async function uploaderFor(request: Request, clientId: string, fromMessage: boolean) {
  const auth = await httpAuth(request);
  const claims = readClaims(auth?.token);
  if (claims !== null && isStaffRole(claims.role) && !auth?.token.impersonatedBy) {
    const staff = await requireStaff({ auth });
    await loadClientForStaff(staff, clientId);
    return { tenantId: staff.tenantId, uid: staff.uid, role: 'staff' } satisfies Uploader;
  }
  const client = await requireClient({ auth });
  if (client.clientId !== clientId) throw new HttpsError('not-found', 'Client introuvable.');
  if (!fromMessage) {
    throw new HttpsError('permission-denied', documentRefusals['document/client-upload-refused'], {
      code: 'document/client-upload-refused',
    });
  }
  return { tenantId: client.tenantId, uid: client.uid, role: 'client' } satisfies Uploader;
}

/**
 * `POST /uploadDocument?clientId=…[&propertyId=…][&title=…][&fromMessage=1]` with the file's bytes
 * as the body and its name in `X-File-Name` (URI-encoded): one document on a client space (H8),
 * or a message's attachment (H7). The content decides the type; the body is whole before
 * anything is stored; the document is written after the file, and the file removed if that
 * write fails, so nothing is left behind.
 */
export const uploadDocument = onRequest(
  { cors: true, memory: '1GiB', timeoutSeconds: 120 },
  async (request, response) => {
    try {
      if (request.method !== 'POST') throw new HttpsError('invalid-argument', 'Envoi attendu.');
      await requireAppCheck(request);
      const query = parseInput(uploadDocumentQuery, request.query);
      const uploader = await uploaderFor(request, query.clientId, query.fromMessage);
      const clientRef = db.doc(`tenants/${uploader.tenantId}/clients/${query.clientId}`);
      if (query.propertyId) {
        const card = await clientRef.collection('assignments').doc(query.propertyId).get();
        // A client attaches only about what it sees; staff may point at a draft card.
        if (!card.exists || (uploader.role === 'client' && card.get('published') !== true)) {
          throw new HttpsError('invalid-argument', documentRefusals['document/unknown-property'], {
            code: 'document/unknown-property',
          });
        }
      }
      const bytes = request.rawBody ?? Buffer.alloc(0);
      const name = fileName(request.get('x-file-name'));
      const checked = await checkDocument(bytes, name);
      const ref = clientRef.collection('documents').doc();
      const stored = defaultBucket().file(
        documentStoragePath(uploader.tenantId, query.clientId, ref.id),
      );
      await stored.save(bytes, {
        contentType: checked.mime,
        resumable: false,
        metadata: { cacheControl: 'private, no-store' },
      });
      const record = {
        title: query.title ?? documentTitleFrom(name),
        fileName: name,
        contentType: checked.mime,
        size: bytes.length,
        propertyId: query.propertyId,
        fromMessage: query.fromMessage,
        uploadedBy: uploader.uid,
        uploaderRole: uploader.role,
        createdAt: FieldValue.serverTimestamp(),
        downloadCount: 0,
        lastDownloadAt: null,
      };
      try {
        await ref.create(record);
      } catch (error) {
        await stored.delete({ ignoreNotFound: true });
        throw error;
      }
      response.status(200).json({
        result: {
          document: {
            id: ref.id,
            title: record.title,
            fileName: name,
            contentType: checked.mime,
            size: bytes.length,
            propertyId: query.propertyId,
          },
        },
      });
    } catch (error) {
      sendHttpError(response, error);
    }
  },
);
