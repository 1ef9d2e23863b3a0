import { FieldPath, type Query, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { dossierFilePath, type ArchiveSection, type DossierFile } from '@portail/shared';
import { db } from '../admin.js';
import { plain, plainDoc } from './archiveJson.js';

/**
 * What belongs in a client's archive (C6), read only under that client's own paths or with
 * `clientId ==` that client, so nothing of another client can slip in. What the agency keeps for
 * itself is left out: private notes and fees (H5), the stage history, the hunter's draft cards.
 */
export interface ClientData {
  profile: Record<string, unknown>;
  json: Record<ArchiveSection, unknown[]>;
  /** Files to copy into the archive: Storage path and the name inside the ZIP. */
  files: Array<{ storagePath: string; entry: string }>;
}

const PAGE = 500;

async function all(query: Query): Promise<QueryDocumentSnapshot[]> {
  const ordered = query.orderBy(FieldPath.documentId());
  const docs: QueryDocumentSnapshot[] = [];
  for (;;) {
    const last = docs[docs.length - 1];
    const page = await (last ? ordered.startAfter(last) : ordered).limit(PAGE).get();
    docs.push(...page.docs);
    if (page.size < PAGE) return docs;
  }
}

const profileFields = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'criteria',
  'status',
  'createdAt',
];
const cardFields = [
  'property',
  'stage',
  'stageDates',
  'visitRequest',
  'report',
  'offer',
  'rejectedReason',
  'lastMove',
  'createdAt',
  'updatedAt',
];

export async function readClientData(tenantId: string, clientId: string): Promise<ClientData> {
  const clientRef = db.doc(`tenants/${tenantId}/clients/${clientId}`);
  const [client, cards, messages, appointments, documents, dossiers, mandates] = await Promise.all([
    clientRef.get(),
    all(clientRef.collection('assignments').where('published', '==', true)),
    all(clientRef.collection('messages')),
    all(clientRef.collection('appointments')),
    all(clientRef.collection('documents')),
    all(
      db
        .collection(`tenants/${tenantId}/dossiers`)
        .where('clientId', '==', clientId)
        .where('published', '==', true),
    ),
    all(db.collection(`tenants/${tenantId}/mandates`).where('clientId', '==', clientId)),
  ]);
  const logins = Object.values(
    (client.get('logins') ?? {}) as Record<string, { email?: string; displayName?: string }>,
  ).map((login) => ({ email: login.email ?? '', displayName: login.displayName ?? '' }));
  const exempt = client.get('unpaidExempt') === true;
  const files: ClientData['files'] = [];

  const documentRows = documents.map((doc) => {
    const row = plainDoc(doc);
    // The documents feature stores each file at the document's own path under the client.
    const stored: unknown = doc.get('storagePath');
    const storagePath = typeof stored === 'string' ? stored : `${doc.ref.path}`;
    // Only a file stored under this client's own folder is copied.
    if (storagePath.startsWith(`${clientRef.path}/`)) {
      files.push({
        storagePath,
        entry: `documents/${doc.id}-${String(doc.get('name') ?? 'fichier')}`,
      });
    }
    return row;
  });
  const dossierRows = dossiers.map((doc) => {
    const paid = doc.get('paid') === true;
    const dossierFiles = (doc.get('files') as DossierFile[] | undefined) ?? [];
    // An unpaid dossier's originals are not the client's yet (D3): its files are listed only.
    if (paid || exempt) {
      for (const file of dossierFiles) {
        files.push({
          storagePath: dossierFilePath(tenantId, doc.id, file.id),
          entry: `dossiers/${doc.id}/${file.id}-${file.name}`,
        });
      }
    }
    return {
      ...plainDoc(doc, ['title', 'comments', 'steps', 'conclusions', 'address', 'amount', 'paid']),
      files: plain(dossierFiles),
      filesIncluded: paid || exempt,
    };
  });
  return {
    profile: { ...plainDoc(client, profileFields), logins },
    json: {
      properties: cards.map((doc) => plainDoc(doc, cardFields)),
      messages: messages.map((doc) =>
        plainDoc(doc, ['text', 'fromClient', 'propertyId', 'createdAt']),
      ),
      appointments: appointments.map((doc) =>
        plainDoc(doc, ['title', 'type', 'place', 'propertyId', 'startsAt', 'endsAt']),
      ),
      documents: documentRows,
      dossiers: dossierRows,
      // The mandates they signed, as the register keeps them (L2).
      mandates: mandates.map((doc) =>
        plainDoc(doc, [
          'number',
          'date',
          'signedRemotely',
          'termMonths',
          'fee',
          'note',
          'correctionOfNumber',
          'createdAt',
          'retainUntil',
        ]),
      ),
    },
    files,
  };
}
