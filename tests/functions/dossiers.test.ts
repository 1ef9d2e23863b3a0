// Dossiers against the running stack (D1–D5): saving, uploads checked on content with nothing
// left behind, the one download path with the unpaid policy (original byte for byte, stamped on
// every page, or blocked; the exempt client), download states and history, guests, the e-mail.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import {
  STAMP_TEXT_FOR_TESTS,
  activeClient,
  corpus,
  download,
  pageTexts,
  uploadFile,
} from './dossiers-support.js';
import type { SaveDossierResult } from '@portail/shared';
import { defaultBucket } from '../../functions/src/storage.js';
import type { WebClient } from '../support/callables.js';
import { expectCode, newEmail, Sessions, tokenOf, waitForMails } from '../support/calls.js';
import { createStaff, createTenant } from '../support/identities.js';
import { adminApp, closeAdminApps } from '../support/stack.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let tenantId: string;
let otherTenant: string;
let staff: WebClient;
let otherStaff: WebClient;
let client: { clientId: string; web: WebClient; email: string };
let otherClient: { clientId: string; web: WebClient; email: string };

const dossierPath = (id: string) => `tenants/${tenantId}/dossiers/${id}`;
const history = async (id: string) =>
  (await db.collection(`${dossierPath(id)}/history`).get()).docs.map((d) => d.data());
const storedUnder = async (id: string) =>
  (await defaultBucket(adminApp()).getFiles({ prefix: `${dossierPath(id)}/` }))[0].map(
    (file) => file.name,
  );

async function newDossier(title: string, extra: Record<string, unknown> = {}) {
  const { dossierId } = await staff.call<SaveDossierResult>('saveDossier', {
    fields: { title, clientId: client.clientId, amount: 350, ...extra },
  });
  return dossierId;
}

async function setDossier(id: string, change: Record<string, unknown>) {
  // As the admin app does it: the web SDK under the rules.
  await updateDoc(doc(staff.firestore(), dossierPath(id)), {
    ...change,
    updatedAt: serverTimestamp(),
  });
}

async function setPolicy(unpaidPolicy: 'stamp' | 'block') {
  await db.doc(`tenants/${tenantId}/config/settings`).set({ unpaidPolicy }, { merge: true });
}

beforeAll(async () => {
  [tenantId, otherTenant] = await Promise.all([createTenant(), createTenant()]);
  const [owner, other] = await Promise.all([
    createStaff(tenantId, 'owner'),
    createStaff(otherTenant, 'owner'),
  ]);
  staff = await sessions.signedIn(owner.email, owner.password, tenantId);
  otherStaff = await sessions.signedIn(other.email, other.password, otherTenant);
  client = await activeClient(sessions, staff, tenantId);
  otherClient = await activeClient(sessions, staff, tenantId, 'Paul');
  const bucket = defaultBucket(adminApp());
  if (!(await bucket.exists())[0]) await bucket.create();
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

describe('saveDossier', () => {
  it('saves the fields with search keys, an empty file list and nothing downloaded', async () => {
    const id = await newDossier('[O] Diagnostics Sainte-Hélène', {
      steps: [{ label: 'Visite du diagnostiqueur', done: true }],
      conclusions: ['Pas d’amiante'],
    });
    const dossier = (await db.doc(dossierPath(id)).get()).data();
    expect(dossier).toMatchObject({
      title: '[O] Diagnostics Sainte-Hélène',
      clientId: client.clientId,
      clientName: 'Julie Martin',
      files: [],
      downloadState: 'none',
      paid: false,
      published: false,
      amount: 350,
      steps: [{ label: 'Visite du diagnostiqueur', done: true }],
    });
    expect(dossier?.keywords).toEqual(expect.arrayContaining(['diagnostics', 'julie', 'martin']));
  });

  it('refuses a client of another tenant and a bad amount', async () => {
    await expectCode(
      otherStaff.call('saveDossier', { fields: { title: 'x', clientId: client.clientId } }),
      'functions/not-found',
    );
    await expectCode(
      staff.call('saveDossier', {
        fields: { title: 'x', clientId: client.clientId, amount: -1 },
      }),
      'functions/invalid-argument',
      'négatif',
    );
  });
});

describe('uploadDossierFile', () => {
  it('keeps a PDF with its page count, and refuses wrong, big and broken files storing nothing', async () => {
    const id = await newDossier('[O] Uploads');
    const ok = await uploadFile(staff, id, corpus('us_constitution.pdf'), 'Constitution.pdf');
    expect(ok.status).toBe(200);
    expect(ok.body.result?.file).toMatchObject({ kind: 'pdf', pages: 19 });

    const refusals: [Uint8Array, string, string][] = [
      [Buffer.from('just some text, not a document'), 'notes.pdf', 'file-not-document'],
      [corpus('derived_png_named_pdf.pdf'), 'plan.pdf', 'file-extension-mismatch'],
      [corpus('derived_truncated.pdf'), 'coupé.pdf', 'pdf-truncated'],
      [corpus('derived_encrypted_user_password.pdf'), 'secret.pdf', 'pdf-password-protected'],
      [
        Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(31 * 1024 * 1024)]),
        'gros.pdf',
        'file-too-large',
      ],
      [Buffer.alloc(0), 'vide.pdf', 'file-empty'],
    ];
    for (const [bytes, name, code] of refusals) {
      const answer = await uploadFile(staff, id, bytes, name);
      expect(answer.status, name).toBe(400);
      expect(answer.body.error?.details?.code, name).toBe(code);
      expect(answer.body.error?.message, name).toMatch(/\S/);
    }
    const dossier = (await db.doc(dossierPath(id)).get()).data();
    expect(dossier?.files).toHaveLength(1);
    expect(await storedUnder(id)).toEqual([`${dossierPath(id)}/files/${ok.body.result!.file.id}`]);
  });

  it('keeps an iPhone HEIC as sent: blocked for an unpaid client (no stamp on it), the original once paid', async () => {
    // An ISO BMFF `ftyp` box with the HEIC brand: what an iPhone photo starts with.
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic\0\0\0\0mif1heic'),
      Buffer.alloc(64),
    ]);
    const id = await newDossier('[O] Photo HEIC');
    const answer = await uploadFile(staff, id, heic, 'IMG_0042.HEIC');
    expect(answer.status).toBe(200);
    expect(answer.body.result?.file).toMatchObject({ kind: 'heic', mime: 'image/heic' });
    const fileId = answer.body.result!.file.id;
    await setPolicy('stamp');
    await setDossier(id, { published: true, paid: false });
    const blocked = await download(client.web, id, fileId);
    expect(blocked.status).toBe(400);
    const body = (await blocked.json()) as { error: { details: { code: string } } };
    expect(body.error.details.code).toBe('dossier/unpaid-blocked');
    expect(await history(id)).toEqual([]);
    await setDossier(id, { paid: true });
    const paid = await download(client.web, id, fileId);
    expect(paid.status).toBe(200);
    expect(paid.headers.get('x-file-version')).toBe('original');
    expect(sha(new Uint8Array(await paid.arrayBuffer()))).toBe(sha(heic));
  });

  it('refuses a client and staff of another tenant', async () => {
    const id = await newDossier('[O] Upload refusé');
    const pdf = corpus('us_constitution.pdf');
    expect((await uploadFile(client.web, id, pdf, 'a.pdf')).status).toBe(403);
    expect((await uploadFile(otherStaff, id, pdf, 'a.pdf')).status).toBe(404);
    expect(await storedUnder(id)).toEqual([]);
  });
});

describe('files?kind=dossierFile', () => {
  let id: string;
  let pdfId: string;
  let imageId: string;
  const original = corpus('derived_rotated_90_270_180.pdf');

  beforeAll(async () => {
    id = await newDossier('[O] Téléchargements');
    const pdf = await uploadFile(staff, id, original, 'Relevé d’état.pdf');
    pdfId = pdf.body.result!.file.id;
    const { default: sharp } = await import('sharp');
    const png = await sharp({
      create: { width: 600, height: 400, channels: 3, background: '#4a7bb7' },
    })
      .png()
      .toBuffer();
    imageId = (await uploadFile(staff, id, png, 'plan.png')).body.result!.file.id;
    await setPolicy('stamp');
  });

  it('serves nothing of an unpublished dossier to its client', async () => {
    expect((await download(client.web, id, pdfId)).status).toBe(404);
    expect(await history(id)).toEqual([]);
  });

  it('serves a paid dossier byte for byte, with the headers, and counts it once', async () => {
    await setDossier(id, { published: true, paid: true });
    const response = await download(client.web, id, pdfId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Releve d_etat.pdf"; filename*=UTF-8''Relev%C3%A9%20d%E2%80%99%C3%A9tat.pdf`,
    );
    expect(response.headers.get('x-file-version')).toBe('original');
    expect(sha(new Uint8Array(await response.arrayBuffer()))).toBe(sha(original));
    const entries = await history(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      fileId: pdfId,
      role: 'client',
      served: 'original',
      actorLabel: client.email,
    });
    const dossier = (await db.doc(dossierPath(id)).get()).data();
    expect(dossier).toMatchObject({ downloadState: 'partial', downloadedFileIds: [pdfId] });
    const stats = (await db.doc(`${dossierPath(id)}/fileStats/${pdfId}`).get()).data();
    expect(stats).toMatchObject({ downloads: 1, clientDownloads: 1 });
  });

  it('stamps every page of an unpaid dossier, leaving the original untouched', async () => {
    await setDossier(id, { paid: false });
    const response = await download(client.web, id, pdfId);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-file-version')).toBe('stamped');
    const stamped = new Uint8Array(await response.arrayBuffer());
    const pages = pageTexts(stamped, 7);
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(STAMP_TEXT_FOR_TESTS));
    const [stored] = await defaultBucket(adminApp())
      .file(`${dossierPath(id)}/files/${pdfId}`)
      .download();
    expect(sha(stored)).toBe(sha(original));
    expect((await history(id)).filter((e) => e.served === 'stamped')).toHaveLength(1);
  });

  it('stamps an image, and the second file makes the dossier downloaded', async () => {
    const response = await download(client.web, id, imageId);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-file-version')).toBe('stamped');
    const { default: sharp } = await import('sharp');
    const stats = await sharp(Buffer.from(await response.arrayBuffer())).stats();
    // The plain blue image (red 0x4a everywhere) now has the stamp's translucent red in it.
    expect(stats.channels[0]!.max).toBeGreaterThan(0x4a + 40);
    const dossier = (await db.doc(dossierPath(id)).get()).data();
    expect(dossier?.downloadState).toBe('all');
  });

  it('blocks downloads under the block policy, recording nothing', async () => {
    await setPolicy('block');
    const before = (await history(id)).length;
    const response = await download(client.web, id, pdfId);
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { message: string; details: { code: string } };
    };
    expect(body.error.details.code).toBe('dossier/unpaid-blocked');
    expect(body.error.message).toContain('réglé');
    expect(await history(id)).toHaveLength(before);
  });

  it('gives an exempt client the original, and staff always', async () => {
    await updateDoc(doc(staff.firestore(), `tenants/${tenantId}/clients/${client.clientId}`), {
      unpaidExempt: true,
    });
    const exempt = await download(client.web, id, pdfId);
    expect(exempt.headers.get('x-file-version')).toBe('original');
    expect(sha(new Uint8Array(await exempt.arrayBuffer()))).toBe(sha(original));
    await updateDoc(doc(staff.firestore(), `tenants/${tenantId}/clients/${client.clientId}`), {
      unpaidExempt: false,
    });
    const own = await download(staff, id, pdfId);
    expect(own.headers.get('x-file-version')).toBe('original');
    expect((await history(id)).filter((e) => e.role === 'staff')).toHaveLength(1);
    await setPolicy('stamp');
  });

  it('refuses a client of another space and staff of another tenant', async () => {
    const before = (await history(id)).length;
    expect((await download(otherClient.web, id, pdfId)).status).toBe(404);
    expect((await download(otherStaff, id, pdfId)).status).toBe(404);
    expect((await download(client.web, id, 'no-such-file')).status).toBe(404);
    expect(await history(id)).toHaveLength(before);
  });
});

describe('guests', () => {
  it('opens one dossier by e-mail link until revoked or expired, counting downloads', async () => {
    const id = await newDossier('[O] Invité');
    const fileId = (await uploadFile(staff, id, corpus('with_annots.pdf'), 'annots.pdf')).body
      .result!.file.id;
    const email = newEmail('o-invite');
    const { guestId } = await staff.call<{ guestId: string }>('grantGuestAccess', {
      dossierId: id,
      email,
      firstName: 'Julien',
      lastName: 'Roux',
      expiresAt: Date.now() + 3 * 24 * 3600 * 1000,
    });
    const [mail] = await waitForMails(email);
    expect(mail?.subject).toContain('[O] Invité');
    const guestToken = tokenOf(mail);
    const view = await sessions
      .anonymous()
      .call<{ title: string; files: { id: string }[]; served: string }>('openGuestDossier', {
        token: guestToken,
      });
    expect(view).toMatchObject({ title: '[O] Invité', served: 'stamped' });
    expect(view.files.map((f) => f.id)).toEqual([fileId]);

    const ok = await download({ guestToken }, id, fileId);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-file-version')).toBe('stamped');
    const entries = await history(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ role: 'guest', actorLabel: email, actorUid: null });
    // The link opens that dossier only.
    const other = await newDossier('[O] Autre');
    expect((await download({ guestToken }, other, fileId)).status).toBe(403);

    const guestRef = db.doc(`${dossierPath(id)}/guests/${guestId}`);
    await guestRef.update({ expiresAt: Timestamp.fromMillis(Date.now() - 1000) });
    expect((await download({ guestToken }, id, fileId)).status).toBe(403);
    await guestRef.update({ expiresAt: Timestamp.fromMillis(Date.now() + 3600_000) });
    expect((await download({ guestToken }, id, fileId)).status).toBe(200);
    await staff.call('revokeGuestAccess', { dossierId: id, guestId });
    const revoked = await download({ guestToken }, id, fileId);
    expect(revoked.status).toBe(403);
    expect(
      ((await revoked.json()) as { error: { details: { code: string } } }).error.details.code,
    ).toBe('dossier/guest-link-refused');
    await expectCode(
      sessions.anonymous().call('openGuestDossier', { token: guestToken }),
      'functions/permission-denied',
    );
    expect(await history(id)).toHaveLength(2);
  });
});

describe('notifyDossierClient', () => {
  it('e-mails the client once however often it is clicked, only once published', async () => {
    const id = await newDossier('[O] Avertir');
    await expectCode(
      staff.call('notifyDossierClient', { dossierId: id }),
      'functions/failed-precondition',
    );
    await setDossier(id, { published: true });
    const [first, second] = await Promise.all([
      staff.call<{ queued: number }>('notifyDossierClient', { dossierId: id }),
      staff.call<{ queued: number }>('notifyDossierClient', { dossierId: id }),
    ]);
    expect(first.queued + second.queued).toBe(1);
    const mails = await waitForMails(client.email, 2);
    expect(mails.some((m) => m.subject.includes('[O] Avertir'))).toBe(true);
  });
});

describe('deleting a dossier', () => {
  it('removes its files and history', { timeout: 120_000 }, async () => {
    const id = await newDossier('[O] Supprimé');
    await uploadFile(staff, id, corpus('us_constitution.pdf'), 'a.pdf');
    expect(await storedUnder(id)).toHaveLength(1);
    await db.doc(dossierPath(id)).delete();
    const { waitUntil } = await import('../support/stack.js');
    // Triggers of the local emulator can take a while on a busy machine.
    await waitUntil(async () => (await storedUnder(id)).length === 0, 'files removed', 90_000);
  });
});
