// The client's own archive against the running stack (C6, L4): exportMyData writes one ZIP of the
// client's data, which only that client downloads through `files?kind=archive`; unzipped with
// jszip it holds their profile, published cards with reports, messages, appointments, documents
// (with the file) and paid dossiers, and nothing of another client nor of the hunter's own notes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { FieldValue, Timestamp, getFirestore } from 'firebase-admin/firestore';
import { callableNames, type ExportMyDataResult } from '@portail/shared';
import { defaultBucket } from '../../functions/src/storage.js';
import type { WebClient } from '../support/callables.js';
import { expectCode, Sessions } from '../support/calls.js';
import { createStaff, createTenant } from '../support/identities.js';
import { adminApp, closeAdminApps } from '../support/stack.js';
import { activeClient, functionsUrl, idToken } from './dossiers-support.js';

const db = getFirestore(adminApp());
const TEST_MS = 180_000;
const sessions = new Sessions();

let tenantId: string;
let staff: WebClient;
let julie: { clientId: string; web: WebClient };
let marc: { clientId: string; web: WebClient };

/** What each client's space holds, every text tagged with the client's name to find leaks. */
async function seed(clientId: string, tag: string) {
  const client = `tenants/${tenantId}/clients/${clientId}`;
  const property = (title: string) => ({ title, price: 300_000, city: 'Lyon', photos: [] });
  await db.doc(`${client}/assignments/p-${tag}`).set({
    tenantId,
    clientId,
    published: true,
    stage: 'visited',
    property: property(`T3 ${tag}`),
    report: { ratings: { light: 4 }, comment: `Lumineux ${tag}`, at: Timestamp.now() },
  });
  await db.doc(`${client}/assignments/draft-${tag}`).set({
    tenantId,
    clientId,
    published: false,
    stage: 'new',
    property: property(`Brouillon ${tag}`),
  });
  await db.doc(`${client}/private/notes`).set({ note: `Secret ${tag}`, feeAmount: 9999 });
  await db.collection(`${client}/messages`).add({
    authorUid: 'x',
    fromClient: true,
    text: `Bonjour ${tag}`,
    createdAt: FieldValue.serverTimestamp(),
  });
  await db.collection(`${client}/appointments`).add({
    title: `Visite ${tag}`,
    type: 'visit',
    startsAt: Timestamp.fromMillis(Date.UTC(2027, 0, 5, 9)),
    endsAt: Timestamp.fromMillis(Date.UTC(2027, 0, 5, 10)),
  });
  const documentRef = db.collection(`${client}/documents`).doc();
  await defaultBucket(adminApp())
    .file(documentRef.path)
    .save(Buffer.from(`%PDF-1.4 plan ${tag}`), { contentType: 'application/pdf' });
  await documentRef.set({
    name: `plan-${tag}.pdf`,
    title: `Plan ${tag}`,
    contentType: 'application/pdf',
    size: 20,
    createdAt: FieldValue.serverTimestamp(),
  });
  for (const paid of [true, false]) {
    const dossierRef = db.collection(`tenants/${tenantId}/dossiers`).doc();
    await defaultBucket(adminApp())
      .file(`${dossierRef.path}/files/f1`)
      .save(Buffer.from(`%PDF-1.4 dossier ${tag} ${paid}`), { contentType: 'application/pdf' });
    await dossierRef.set({
      tenantId,
      clientId,
      title: `Dossier ${tag} ${paid ? 'réglé' : 'impayé'}`,
      published: true,
      paid,
      amount: 100,
      files: [{ id: 'f1', name: `acte-${tag}.pdf`, kind: 'pdf', mime: 'application/pdf' }],
    });
  }
}

async function fetchArchive(web: WebClient, archiveId: string) {
  const query = new URLSearchParams({ kind: 'archive', archiveId });
  return fetch(`${functionsUrl}/files?${query}`, {
    headers: { authorization: `Bearer ${await idToken(web)}` },
  });
}

async function allText(zip: JSZip): Promise<string> {
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((file) => !file.dir)
      .map(async (file) => `${file.name}\n${await file.async('string')}`),
  );
  return parts.join('\n');
}

beforeAll(async () => {
  tenantId = await createTenant();
  const owner = await createStaff(tenantId, 'owner');
  staff = await sessions.signedIn(owner.email, owner.password, tenantId);
  julie = await activeClient(sessions, staff, tenantId, 'Julie');
  marc = await activeClient(sessions, staff, tenantId, 'Marc');
  const bucket = defaultBucket(adminApp());
  if (!(await bucket.exists())[0]) await bucket.create();
  await seed(julie.clientId, 'JULIE');
  await seed(marc.clientId, 'MARC');
}, TEST_MS);

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

describe('exportMyData', () => {
  it(
    'gives the client one ZIP of their own data, and nothing of anyone else',
    async () => {
      const result = await julie.web.call<ExportMyDataResult>(callableNames.exportMyData);
      expect(result.counts).toEqual({
        properties: 1,
        messages: 1,
        appointments: 1,
        documents: 1,
        dossiers: 2,
        mandates: 0,
      });
      const response = await fetchArchive(julie.web, result.archiveId);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/zip');
      expect(response.headers.get('cache-control')).toContain('no-store');
      const zip = await JSZip.loadAsync(await response.arrayBuffer());

      const profile = JSON.parse(await zip.file('profile.json')!.async('string'));
      expect(profile).toMatchObject({ id: julie.clientId, firstName: 'Julie', lastName: 'Martin' });
      expect(profile).not.toHaveProperty('sharedWith');
      const properties = JSON.parse(await zip.file('properties.json')!.async('string'));
      expect(properties).toHaveLength(1);
      expect(properties[0]).toMatchObject({
        id: 'p-JULIE',
        stage: 'visited',
        property: { title: 'T3 JULIE' },
        report: { comment: 'Lumineux JULIE' },
      });
      const messages = JSON.parse(await zip.file('messages.json')!.async('string'));
      expect(messages[0]).toMatchObject({ text: 'Bonjour JULIE', fromClient: true });
      expect(messages[0].createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const appointments = JSON.parse(await zip.file('appointments.json')!.async('string'));
      expect(appointments[0]).toMatchObject({
        title: 'Visite JULIE',
        startsAt: '2027-01-05T09:00:00.000Z',
      });
      const documentFile = Object.keys(zip.files).find((name) => name.startsWith('documents/'));
      expect(documentFile).toMatch(/plan-JULIE\.pdf$/);
      expect(await zip.file(documentFile!)!.async('string')).toBe('%PDF-1.4 plan JULIE');
      // The paid dossier's file is in; the unpaid one's is listed, not copied (D3).
      const dossierFiles = Object.keys(zip.files).filter((name) =>
        /^dossiers\/.+\.pdf$/.test(name),
      );
      expect(dossierFiles).toHaveLength(1);
      expect(await zip.file(dossierFiles[0]!)!.async('string')).toBe('%PDF-1.4 dossier JULIE true');
      const dossiers = JSON.parse(await zip.file('dossiers.json')!.async('string'));
      expect(dossiers.map((d: { filesIncluded: boolean }) => d.filesIncluded).sort()).toEqual([
        false,
        true,
      ]);

      const text = await allText(zip);
      expect(text).toContain('LISEZ-MOI');
      expect(text).not.toContain('MARC');
      expect(text).not.toContain(marc.clientId);
      expect(text).not.toContain('Brouillon');
      expect(text).not.toContain('Secret');
      expect(text).not.toContain('9999');
    },
    TEST_MS,
  );

  it(
    'is downloaded by that client only: not another client, not staff',
    async () => {
      const { archiveId } = await julie.web.call<ExportMyDataResult>(callableNames.exportMyData);
      const byMarc = await fetchArchive(marc.web, archiveId);
      expect(byMarc.status).toBe(404);
      const byStaff = await fetchArchive(staff, archiveId);
      expect(byStaff.status).toBe(403);
      expect((await fetchArchive(julie.web, archiveId)).status).toBe(200);
    },
    TEST_MS,
  );

  it(
    'keeps one archive per client: a new export replaces the previous one',
    async () => {
      const first = await julie.web.call<ExportMyDataResult>(callableNames.exportMyData);
      const second = await julie.web.call<ExportMyDataResult>(callableNames.exportMyData);
      expect((await fetchArchive(julie.web, first.archiveId)).status).toBe(404);
      expect((await fetchArchive(julie.web, second.archiveId)).status).toBe(200);
    },
    TEST_MS,
  );

  it(
    'refuses staff, who have no archive of their own',
    async () => {
      await expectCode(staff.call(callableNames.exportMyData), 'functions/permission-denied');
    },
    TEST_MS,
  );
});
