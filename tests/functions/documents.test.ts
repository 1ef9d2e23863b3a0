// Documents against the running stack (H8, H7 attachments): uploads judged on their bytes with
// nothing stored when refused, the one download path (bytes as uploaded, the name in UTF-8, never
// cached, one download entry each), who may upload and download, a forged attachment, deletion.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAuth as getWebAuth } from 'firebase/auth';
import { addDoc, collection, serverTimestamp } from 'firebase/firestore';
import { getFirestore } from 'firebase-admin/firestore';
import { callableNames } from '@portail/shared';
import { defaultBucket } from '../../functions/src/storage.js';
import type { WebClient } from '../support/callables.js';
import { expectCode, Sessions } from '../support/calls.js';
import { createStaff, createTenant } from '../support/identities.js';
import { adminApp, closeAdminApps, waitUntil } from '../support/stack.js';
import { activeClient, corpus, functionsUrl, idToken } from './dossiers-support.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();

let tenantId: string;
let staff: WebClient;
let julie: { clientId: string; web: WebClient };
let other: { clientId: string; web: WebClient };

const spacePath = (clientId: string) => `tenants/${tenantId}/clients/${clientId}`;
const documentsOf = async (clientId: string) =>
  (await db.collection(`${spacePath(clientId)}/documents`).get()).docs;
const storedUnder = async (clientId: string) =>
  (await defaultBucket(adminApp()).getFiles({ prefix: `${spacePath(clientId)}/documents/` }))[0];

interface Answer {
  status: number;
  body: {
    result?: { document: { id: string; fileName: string; contentType: string; size: number } };
    error?: { status: string; message: string; details?: { code?: string } };
  };
}

/** A POST on a connection of its own (the emulator drops idle kept-alive sockets mid-body). */
async function upload(
  web: WebClient,
  clientId: string,
  bytes: Uint8Array,
  name: string,
  params: Record<string, string> = {},
): Promise<Answer> {
  const query = new URLSearchParams({ clientId, ...params });
  const headers = {
    authorization: `Bearer ${await idToken(web)}`,
    'content-type': 'application/octet-stream',
    'x-file-name': encodeURIComponent(name),
  };
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${functionsUrl}/uploadDocument?${query}`,
      { method: 'POST', headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['body'],
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(Buffer.from(bytes));
  });
}

async function download(web: WebClient, clientId: string, documentId: string) {
  const query = new URLSearchParams({ kind: 'document', clientId, documentId });
  return fetch(`${functionsUrl}/files?${query}`, {
    headers: { authorization: `Bearer ${await idToken(web)}` },
  });
}

const uidOf = (web: WebClient) => getWebAuth(web.app).currentUser!.uid;
const pdf = corpus('with_annots.pdf');

beforeAll(async () => {
  tenantId = await createTenant();
  const owner = await createStaff(tenantId, 'owner');
  staff = await sessions.signedIn(owner.email, owner.password, tenantId);
  julie = await activeClient(sessions, staff, tenantId, 'Julie');
  other = await activeClient(sessions, staff, tenantId, 'Sophie');
  const bucket = defaultBucket(adminApp());
  if (!(await bucket.exists())[0]) await bucket.create();
}, 120_000);

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

describe('uploadDocument refuses what is not a sound PDF, JPEG or PNG, and stores nothing', () => {
  const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
  // An ISO BMFF header with the `heic` brand: what an iPhone photo starts with.
  const heic = Buffer.concat([
    Buffer.from([0, 0, 0, 24]),
    Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
    Buffer.alloc(64),
  ]);
  it.each([
    ['a GIF', gif, 'anim.gif', 'file-not-document'],
    ['a text file named .pdf', Buffer.from('Bonjour'), 'devis.pdf', 'file-not-document'],
    [
      'a PNG named .pdf',
      corpus('derived_png_named_pdf.pdf'),
      'plan.pdf',
      'file-extension-mismatch',
    ],
    ['an HEIC photo', heic, 'IMG_0001.heic', 'document/type-refused'],
    ['a cut-off PDF', corpus('derived_truncated.pdf'), 'compromis.pdf', 'pdf-truncated'],
    [
      'a PDF behind a password',
      corpus('derived_encrypted_user_password.pdf'),
      'a.pdf',
      'pdf-password-protected',
    ],
    [
      'a broken JPEG',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
      'photo.jpg',
      'document/image-unreadable',
    ],
    ['an empty file', Buffer.alloc(0), 'vide.pdf', 'file-empty'],
  ])('%s', async (_what, bytes, name, code) => {
    const answer = await upload(staff, julie.clientId, bytes, name);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.details?.code).toBe(code);
    expect(answer.body.error?.message).toMatch(/[a-zé]/);
    expect(await documentsOf(julie.clientId)).toHaveLength(0);
    expect(await storedUnder(julie.clientId)).toHaveLength(0);
  });

  it('a file over 30 MB', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(30 * 1024 * 1024 + 1 - pdf.length)]);
    const answer = await upload(staff, julie.clientId, big, 'gros.pdf');
    expect(answer.status).toBe(400);
    expect(answer.body.error?.details?.code).toBe('file-too-large');
    expect(await documentsOf(julie.clientId)).toHaveLength(0);
    expect(await storedUnder(julie.clientId)).toHaveLength(0);
  });

  it('a property the space does not hold', async () => {
    const answer = await upload(staff, julie.clientId, pdf, 'plan.pdf', { propertyId: 'nope' });
    expect(answer.body.error?.details?.code).toBe('document/unknown-property');
    expect(await storedUnder(julie.clientId)).toHaveLength(0);
  });
});

describe('a shared PDF goes to the client through the one download path', () => {
  const name = 'Plan d’étage – T3 « Croix-Rousse ».pdf';
  let documentId: string;

  beforeAll(async () => {
    const answer = await upload(staff, julie.clientId, pdf, name, { title: 'Plan du T3' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    documentId = answer.body.result!.document.id;
  });

  it('lists it with its metadata, the file stored once', async () => {
    const record = (
      await db.doc(`${spacePath(julie.clientId)}/documents/${documentId}`).get()
    ).data();
    expect(record).toMatchObject({
      title: 'Plan du T3',
      fileName: name,
      contentType: 'application/pdf',
      size: pdf.length,
      propertyId: null,
      fromMessage: false,
      uploaderRole: 'staff',
      downloadCount: 0,
      lastDownloadAt: null,
    });
    expect((await storedUnder(julie.clientId)).map((file) => file.name)).toEqual([
      `${spacePath(julie.clientId)}/documents/${documentId}`,
    ]);
  });

  it('gives Julie the same bytes under the UTF-8 name, uncached, and records one download', async () => {
    const response = await download(julie.web, julie.clientId, documentId);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
    const ref = db.doc(`${spacePath(julie.clientId)}/documents/${documentId}`);
    const entries = (await ref.collection('downloads').get()).docs.map((d) => d.data());
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ uid: uidOf(julie.web), role: 'client', inline: false });
    const record = await ref.get();
    expect(record.get('downloadCount')).toBe(1);
    expect(record.get('lastDownloadAt')).toBeTruthy();
  });

  it('refuses a client of another space, whichever space it names', async () => {
    expect((await download(other.web, julie.clientId, documentId)).status).toBe(404);
    expect((await download(other.web, other.clientId, documentId)).status).toBe(404);
    const entries = await db
      .collection(`${spacePath(julie.clientId)}/documents/${documentId}/downloads`)
      .get();
    expect(entries.size).toBe(1);
  });

  it('refuses a call without a token', async () => {
    const query = new URLSearchParams({ kind: 'document', clientId: julie.clientId, documentId });
    expect((await fetch(`${functionsUrl}/files?${query}`)).status).toBe(401);
  });

  it('deletes it, file included: the download is gone too', async () => {
    await staff.call(callableNames.deleteDocument, { clientId: julie.clientId, documentId });
    expect(await documentsOf(julie.clientId)).toHaveLength(0);
    expect(await storedUnder(julie.clientId)).toHaveLength(0);
    expect((await download(julie.web, julie.clientId, documentId)).status).toBe(404);
  });

  it('lets no client delete', async () => {
    await expectCode(
      julie.web.call(callableNames.deleteDocument, { clientId: julie.clientId, documentId }),
      'functions/permission-denied',
    );
  });
});

describe('attachments: the client attaches a file to a message of its own space only', () => {
  it('refuses a client upload that is not a message attachment', async () => {
    const answer = await upload(julie.web, julie.clientId, pdf, 'avis.pdf');
    expect(answer.status).toBe(403);
    expect(answer.body.error?.details?.code).toBe('document/client-upload-refused');
    expect(await storedUnder(julie.clientId)).toHaveLength(0);
  });

  it('refuses an attachment to another space', async () => {
    const answer = await upload(julie.web, other.clientId, pdf, 'avis.pdf', { fromMessage: '1' });
    expect(answer.status).toBe(404);
    expect(await storedUnder(other.clientId)).toHaveLength(0);
  });

  it('takes one, the message carries it, and a forged one is refused', async () => {
    const answer = await upload(julie.web, julie.clientId, pdf, 'avis.pdf', { fromMessage: '1' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const file = answer.body.result!.document;
    const record = await db.doc(`${spacePath(julie.clientId)}/documents/${file.id}`).get();
    expect(record.get('uploaderRole')).toBe('client');
    expect(record.get('fromMessage')).toBe(true);
    const messages = collection(julie.web.firestore(), spacePath(julie.clientId), 'messages');
    const attachment = {
      documentId: file.id,
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.size,
    };
    const message = (extra: Record<string, unknown>) => ({
      authorUid: uidOf(julie.web),
      fromClient: true,
      text: '',
      propertyId: null,
      attachment,
      createdAt: serverTimestamp(),
      ...extra,
    });
    await expectCode(
      addDoc(messages, message({ attachment: { ...attachment, documentId: 'forged' } })),
      'permission-denied',
    );
    await expectCode(
      addDoc(messages, message({ attachment: { ...attachment, size: 12 } })),
      'permission-denied',
    );
    const sent = await addDoc(messages, message({}));
    const client = await waitUntil(
      async () => {
        const counted = await db.doc(`${spacePath(julie.clientId)}/messages/${sent.id}`).get();
        return counted.get('countedAt') ? db.doc(spacePath(julie.clientId)).get() : null;
      },
      'the message counted',
      90_000,
    );
    expect(client.get('lastMessagePreview')).toBe('avis.pdf');
    // The hunter opens it from the thread through the same path.
    expect((await download(staff, julie.clientId, file.id)).status).toBe(200);
  });
});
