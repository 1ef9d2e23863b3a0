// The core loop's backend against the running stack (H2–H4): saving and geocoding properties,
// photos resized server-side, assignments with the client's copy, its sync, the one file path,
// the history of moves and the refusals that leave nothing half-written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAuth as getWebAuth } from 'firebase/auth';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { getFirestore } from 'firebase-admin/firestore';
import sharp from 'sharp';
import {
  callableNames,
  type AssignPropertiesResult,
  type PropertyFields,
  type SavePropertyResult,
} from '@portail/shared';
import { defaultBucket } from '../../functions/src/storage.js';
import type { WebClient } from '../support/callables.js';
import { expectCode, newEmail, Sessions, tokenOf, waitForMails } from '../support/calls.js';
import { createStaff, createTenant } from '../support/identities.js';
import { adminApp, closeAdminApps, host, ports, projectId, waitUntil } from '../support/stack.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
const functionsUrl = `http://${host}:${ports.functions}/${projectId}/us-central1`;

let tenantId: string;
let otherTenant: string;
let staff: WebClient;
let otherStaff: WebClient;
let client: WebClient;
let clientId: string;
let otherClientId: string;
let otherClient: WebClient;

const fields = (overrides: Partial<PropertyFields> = {}) => ({
  title: 'T3 lumineux avec balcon',
  type: 'apartment',
  price: 355_000,
  surface: 68.5,
  rooms: 3,
  bedrooms: 2,
  description: 'Traversant, au calme.',
  address: { street: '4 cours Franklin Roosevelt', postalCode: '69006', city: 'Lyon' },
  addressPrecision: 'exact',
  privateNote: 'Agent : 06 11 22 33 44',
  sourceUrl: 'https://www.seloger.com/annonces/achat/appartement/lyon-6eme-69/123.htm',
  showSourceToClient: false,
  ...overrides,
});

const save = (web: WebClient, input: unknown) =>
  web.call<SavePropertyResult>(callableNames.saveProperty, input);

async function idToken(web: WebClient): Promise<string> {
  return getWebAuth(web.app).currentUser!.getIdToken();
}

async function upload(web: WebClient, propertyId: string, bytes: Buffer, name: string) {
  const response = await fetch(`${functionsUrl}/uploadPhoto?propertyId=${propertyId}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await idToken(web)}`,
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(name),
    },
    body: new Uint8Array(bytes),
  });
  const body = (await response.json()) as {
    result: { photo: { id: string; width: number; height: number } };
    error: { message: string };
  };
  return { status: response.status, body };
}

async function photo(web: WebClient, propertyId: string, photoId: string, size = 'phone') {
  const query = new URLSearchParams({ kind: 'photo', propertyId, photoId, size });
  return fetch(`${functionsUrl}/files?${query}`, {
    headers: { authorization: `Bearer ${await idToken(web)}` },
  });
}

async function filesUnder(prefix: string): Promise<string[]> {
  const [found] = await defaultBucket(adminApp()).getFiles({ prefix });
  return found.map((file) => file.name);
}

/** A JPEG as a phone takes it: portrait through its EXIF orientation, noisy, ~12 MB. */
async function phonePhoto(): Promise<Buffer> {
  const width = 4032;
  const height = 3024;
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  return sharp(noise, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 96 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

async function activeClient(admin: WebClient, tenant: string): Promise<[string, WebClient]> {
  const email = newEmail('acheteur');
  const { clientId: id } = await admin.call<{ clientId: string }>(callableNames.createClient, {
    firstName: 'Julie',
    lastName: 'Martin',
    email,
  });
  await admin.call(callableNames.inviteClient, { clientId: id });
  const [mail] = await waitForMails(email);
  await sessions
    .anonymous()
    .call(callableNames.completeFirstLogin, { token: tokenOf(mail), password: 'pass-1234' });
  return [id, await sessions.signedIn(email, 'pass-1234', tenant)];
}

beforeAll(async () => {
  [tenantId, otherTenant] = await Promise.all([createTenant(), createTenant()]);
  const [owner, other] = await Promise.all([
    createStaff(tenantId, 'owner'),
    createStaff(otherTenant, 'owner'),
  ]);
  staff = await sessions.signedIn(owner.email, owner.password, tenantId);
  otherStaff = await sessions.signedIn(other.email, other.password, otherTenant);
  [clientId, client] = await activeClient(staff, tenantId);
  [otherClientId, otherClient] = await activeClient(staff, tenantId);
  const bucket = defaultBucket(adminApp());
  if (!(await bucket.exists())[0]) await bucket.create();
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

describe('saveProperty', () => {
  it('saves the fields, geocodes the address and keeps the private details apart', async () => {
    const result = await save(staff, { fields: fields() });
    expect(result.geocode).toMatchObject({ status: 'found', precision: 'exact' });
    const property = (
      await db.doc(`tenants/${tenantId}/properties/${result.propertyId}`).get()
    ).data();
    expect(property).toMatchObject({
      title: 'T3 lumineux avec balcon',
      price: 355_000,
      surface: 68.5,
      photos: [],
      geocode: { precision: 'exact' },
    });
    expect(property?.location.lat).toBeCloseTo(45.77, 1);
    expect(property?.keywords).toEqual(expect.arrayContaining(['lumineux', 'lyon', '69006']));
    expect(property?.privateNote).toBeUndefined();
    expect(property?.sourceUrl).toBeUndefined();
    const details = await db
      .doc(`tenants/${tenantId}/properties/${result.propertyId}/private/details`)
      .get();
    expect(details.data()).toEqual({
      note: 'Agent : 06 11 22 33 44',
      sourceUrl: fields().sourceUrl,
      showSourceToClient: false,
    });
  });

  it('places a property at the precision the hunter chose', async () => {
    const street = await save(staff, { fields: fields({ addressPrecision: 'street' }) });
    expect(street.geocode).toMatchObject({ status: 'found', precision: 'street' });
    const town = await save(staff, { fields: fields({ addressPrecision: 'postalCode' }) });
    expect(town.geocode).toMatchObject({ status: 'found' });
    expect(['postalCode', 'city']).toContain((town.geocode as { precision: string }).precision);
  });

  it('saves without a location when the geocoder is down, and says so', async () => {
    const result = await save(staff, {
      fields: fields({
        address: { street: '1 rue __fail__', postalCode: '69006', city: 'Lyon' },
      }),
    });
    expect(result.geocode).toEqual({ status: 'unavailable' });
    const property = await db.doc(`tenants/${tenantId}/properties/${result.propertyId}`).get();
    expect(property.get('location')).toBeNull();
  });

  it.each([
    ['a negative price', { price: -5 }, 'Le prix'],
    ['an absurd surface', { surface: 2_000_000 }, 'surface'],
    ['0 rooms for an apartment', { rooms: 0 }, 'au moins une pièce'],
    ['a 10,000-character title', { title: 'x'.repeat(10_000) }, 'Le titre'],
    ['more bedrooms than rooms', { bedrooms: 5 }, 'chambres'],
    [
      'a postal code of 4 digits',
      { address: { street: '', postalCode: '6900', city: 'Lyon' } },
      'Code postal',
    ],
    ['a source link that is not one', { sourceUrl: 'javascript:alert(1)' }, 'http'],
  ])('refuses %s with a clear message and writes nothing', async (_what, overrides, message) => {
    const before = (await db.collection(`tenants/${tenantId}/properties`).count().get()).data()
      .count;
    await expectCode(
      save(staff, { fields: fields(overrides as Partial<PropertyFields>) }),
      'functions/invalid-argument',
      new RegExp(message),
    );
    expect((await db.collection(`tenants/${tenantId}/properties`).count().get()).data().count).toBe(
      before,
    );
  });

  it('is refused to clients and to another tenant editing this one', async () => {
    const { propertyId } = await save(staff, { fields: fields() });
    await expectCode(save(client, { fields: fields() }), 'functions/permission-denied');
    await expectCode(
      save(otherStaff, { propertyId, fields: fields({ price: 1 }) }),
      'functions/not-found',
    );
    const property = await db.doc(`tenants/${tenantId}/properties/${propertyId}`).get();
    expect(property.get('price')).toBe(355_000);
  });
});

describe('photos', () => {
  let propertyId: string;

  beforeAll(async () => {
    ({ propertyId } = await save(staff, { fields: fields() }));
  });

  it('resizes a 12 MB portrait phone photo into the served sizes, upright, keeping the original', async () => {
    const bytes = await phonePhoto();
    expect(bytes.length).toBeGreaterThan(10_000_000);
    const { status, body } = await upload(staff, propertyId, bytes, 'IMG_2041.JPG');
    expect(status).toBe(200);
    const uploaded = body.result.photo as { id: string; width: number; height: number };
    // EXIF orientation 6: the 4032×3024 sensor image is a portrait once turned.
    expect(uploaded.height).toBeGreaterThan(uploaded.width);
    expect(Math.max(uploaded.width, uploaded.height)).toBe(1920);
    const stored = await filesUnder(
      `tenants/${tenantId}/properties/${propertyId}/photos/${uploaded.id}/`,
    );
    expect(stored.map((name) => name.split('/').pop()).sort()).toEqual([
      'full',
      'original',
      'phone',
      'thumb',
    ]);
    const [original] = await defaultBucket(adminApp())
      .file(`tenants/${tenantId}/properties/${propertyId}/photos/${uploaded.id}/original`)
      .download();
    expect(original.equals(bytes)).toBe(true);
    const thumb = await photo(staff, propertyId, uploaded.id, 'thumb');
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(320);
    expect(meta.height).toBeGreaterThan(meta.width!);
    expect(meta.orientation ?? 1).toBe(1);
  });

  it('refuses a 41st photo, keeping the 40 and storing nothing more', async () => {
    const { propertyId: full } = await save(staff, { fields: fields() });
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#abc' } })
      .png()
      .toBuffer();
    for (let n = 0; n < 40; n += 4) {
      await Promise.all(
        [0, 1, 2, 3].map(async () =>
          expect((await upload(staff, full, png, 'p.png')).status).toBe(200),
        ),
      );
    }
    const refused = await upload(staff, full, png, 'p41.png');
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/40 photos/);
    const stored = await filesUnder(`tenants/${tenantId}/properties/${full}/photos/`);
    expect(stored).toHaveLength(40 * 4);
  });

  it('refuses what is not an image by its content, a file too big and a broken image; stores nothing', async () => {
    const prefix = `tenants/${tenantId}/properties/${propertyId}/photos/`;
    const before = await filesUnder(prefix);
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');
    const renamed = await upload(staff, propertyId, pdf, 'vue-mer.jpg');
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.message).toMatch(/pas une image|n’est pas/);
    const huge = await upload(staff, propertyId, Buffer.alloc(26 * 1024 * 1024, 1), 'photo.jpg');
    expect(huge.status).toBe(400);
    expect(huge.body.error.message).toMatch(/volumineuse|volumineux/);
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
    const unreadable = await upload(staff, propertyId, broken, 'photo.jpg');
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.error.message).toMatch(/illisible/);
    expect(await filesUnder(prefix)).toEqual(before);
    const property = await db.doc(`tenants/${tenantId}/properties/${propertyId}`).get();
    expect(property.get('photos')).toHaveLength(1);
  });

  it('leaves no file behind when the property is gone, and refuses clients and other tenants', async () => {
    const png = await sharp({
      create: { width: 40, height: 30, channels: 3, background: '#88aacc' },
    })
      .png()
      .toBuffer();
    const missing = await upload(staff, 'no-such-property', png, 'a.png');
    expect(missing.status).toBe(404);
    expect(await filesUnder(`tenants/${tenantId}/properties/no-such-property/`)).toEqual([]);
    expect((await upload(client, propertyId, png, 'a.png')).status).toBe(403);
    expect((await upload(otherStaff, propertyId, png, 'a.png')).status).toBe(404);
  });

  it('reorders (first is the cover) and deletes photos with their files', async () => {
    const png = (colour: string) =>
      sharp({ create: { width: 60, height: 40, channels: 3, background: colour } })
        .png()
        .toBuffer();
    const a = (await upload(staff, propertyId, await png('#ff0000'), 'a.png')).body.result.photo.id;
    const b = (await upload(staff, propertyId, await png('#00ff00'), 'b.png')).body.result.photo.id;
    const ref = db.doc(`tenants/${tenantId}/properties/${propertyId}`);
    const first = (ref: FirebaseFirestore.DocumentSnapshot) =>
      (ref.get('photos') as { id: string }[]).map((p) => p.id);
    const all = first(await ref.get());
    expect(all).toHaveLength(3);
    const dropped = all.find((id) => id !== a && id !== b)!;
    // A photo the order does not name is kept, last: only named photos are deleted.
    await staff.call(callableNames.updatePhotos, { propertyId, order: [b, a] });
    expect(first(await ref.get())).toEqual([b, a, dropped]);
    await staff.call(callableNames.updatePhotos, { propertyId, order: [b, a], remove: [dropped] });
    expect(first(await ref.get())).toEqual([b, a]);
    expect(
      await filesUnder(`tenants/${tenantId}/properties/${propertyId}/photos/${dropped}/`),
    ).toEqual([]);
    await expectCode(
      staff.call(callableNames.updatePhotos, { propertyId, order: [b, 'not-a-photo'] }),
      'functions/failed-precondition',
    );
    expect(first(await ref.get())).toEqual([b, a]);
  });
});

describe('assignments', () => {
  let propertyId: string;
  let photoId: string;
  const assignment = (c = clientId) =>
    db.doc(`tenants/${tenantId}/clients/${c}/assignments/${propertyId}`);

  beforeAll(async () => {
    ({ propertyId } = await save(staff, { fields: fields() }));
    const png = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#345' } })
      .png()
      .toBuffer();
    photoId = (await upload(staff, propertyId, png, 'salon.png')).body.result.photo.id;
  });

  it('creates a draft card per client with the client’s copy, once', async () => {
    const result = await staff.call<AssignPropertiesResult>(callableNames.assignProperties, {
      propertyIds: [propertyId],
      clientIds: [clientId, otherClientId],
    });
    expect(result).toEqual({ created: 2, existing: 0 });
    const again = await staff.call<AssignPropertiesResult>(callableNames.assignProperties, {
      propertyIds: [propertyId],
      clientIds: [clientId],
    });
    expect(again).toEqual({ created: 0, existing: 1 });
    const card = (await assignment().get()).data();
    expect(card).toMatchObject({
      published: false,
      stage: 'new',
      tenantId,
      clientId,
      clientName: 'Julie Martin',
      sourceUrl: null,
      property: {
        title: 'T3 lumineux avec balcon',
        addressLabel: '4 cours Franklin Roosevelt, 69006 Lyon',
        photos: [{ id: photoId }],
      },
    });
    expect(JSON.stringify(card)).not.toContain('06 11 22 33 44');
  });

  it('follows later edits of the property, and shows the source link only while allowed', async () => {
    await save(staff, {
      propertyId,
      fields: fields({ price: 349_000, addressPrecision: 'street', showSourceToClient: true }),
    });
    await waitUntil(
      async () => (await assignment().get()).get('property.price') === 349_000,
      'the snapshot follows the price',
    );
    const card = await assignment().get();
    expect(card.get('property.addressLabel')).toBe('cours Franklin Roosevelt, 69006 Lyon');
    expect(card.get('sourceUrl')).toBe(fields().sourceUrl);
    await save(staff, {
      propertyId,
      fields: fields({ price: 349_000, showSourceToClient: false }),
    });
    await waitUntil(
      async () => (await assignment().get()).get('sourceUrl') === null,
      'the source link is withdrawn',
    );
  });

  it('serves the photo to the client only once published, and never to another space or tenant', async () => {
    expect((await photo(client, propertyId, photoId)).status).toBe(404);
    await updateDoc(doc(staff.firestore(), assignment().path), {
      published: true,
      updatedAt: serverTimestamp(),
    });
    expect((await photo(client, propertyId, photoId)).status).toBe(200);
    expect((await photo(otherClient, propertyId, photoId)).status).toBe(404);
    expect((await photo(otherStaff, propertyId, photoId)).status).toBe(404);
    const anonymous = await fetch(
      `${functionsUrl}/files?kind=photo&propertyId=${propertyId}&photoId=${photoId}&size=phone`,
    );
    expect(anonymous.status).toBe(401);
  });

  it("writes every move into the card's history: the client's and the hunter's", async () => {
    await updateDoc(doc(client.firestore(), assignment().path), {
      stage: 'toVisit',
      visitRequest: { availabilities: 'Samedi matin', at: serverTimestamp() },
      updatedAt: serverTimestamp(),
      lastMove: {
        from: 'new',
        to: 'toVisit',
        by: getWebAuth(client.app).currentUser!.uid,
        byClient: true,
        at: serverTimestamp(),
      },
    });
    const history = assignment().collection('history');
    const entries = await waitUntil(async () => {
      const all = await history.orderBy('at').get();
      return all.size >= 2 ? all.docs.map((entry) => entry.data()) : null;
    }, 'two history entries');
    expect(entries[0]).toMatchObject({ from: null, to: 'new', byClient: false });
    expect(entries[1]).toMatchObject({ from: 'new', to: 'toVisit', byClient: true });
    await waitUntil(
      async () => (await assignment().get()).get('stageDates.toVisit'),
      'the stage date',
    );
  });

  it('refuses to delete a property while it is assigned, then deletes it with its files', async () => {
    await expectCode(
      staff.call(callableNames.deleteProperty, { propertyId }),
      'functions/failed-precondition',
      /proposé à 2 clients/,
    );
    await assignment().delete();
    await assignment(otherClientId).delete();
    await staff.call(callableNames.deleteProperty, { propertyId });
    expect((await db.doc(`tenants/${tenantId}/properties/${propertyId}`).get()).exists).toBe(false);
    expect(await filesUnder(`tenants/${tenantId}/properties/${propertyId}/`)).toEqual([]);
  });

  it('refuses unknown properties and hidden clients, creating nothing', async () => {
    await expectCode(
      staff.call(callableNames.assignProperties, {
        propertyIds: ['no-such-property'],
        clientIds: [clientId],
      }),
      'functions/not-found',
    );
    await expectCode(
      otherStaff.call(callableNames.assignProperties, {
        propertyIds: [propertyId],
        clientIds: [clientId],
      }),
      'functions/not-found',
    );
    await expectCode(
      staff.call(callableNames.assignProperties, { propertyIds: [], clientIds: [clientId] }),
      'functions/invalid-argument',
    );
  });
});

describe('copies of the client', () => {
  it("keep the client's name, sharing and search keys in step with the client document", async () => {
    const { propertyId } = await save(staff, { fields: fields() });
    await staff.call(callableNames.assignProperties, {
      propertyIds: [propertyId],
      clientIds: [otherClientId],
    });
    const client = db.doc(`tenants/${tenantId}/clients/${otherClientId}`);
    const card = db.doc(`tenants/${tenantId}/clients/${otherClientId}/assignments/${propertyId}`);
    await updateDoc(doc(staff.firestore(), client.path), {
      lastName: 'Bernardin',
      phone: '+33 6 98 76 54 32',
      sharedWith: ['collab-x'],
      updatedAt: serverTimestamp(),
    });
    await waitUntil(
      async () => (await card.get()).get('clientName') === 'Julie Bernardin',
      "the card's client name",
    );
    expect((await card.get()).get('sharedWith')).toEqual(['collab-x']);
    const keys = await waitUntil(async () => {
      const keywords = (await client.get()).get('keywords') as string[];
      return keywords.includes('bernardin') ? keywords : null;
    }, 'the search keys');
    expect(keys).toEqual(expect.arrayContaining(['0698765432', '0698']));
    expect((await client.get()).get('sortKey')).toBe('bernardin julie');
    await card.delete();
    await staff.call(callableNames.deleteProperty, { propertyId });
  });
});

describe('deletion requests', () => {
  it('lets a collaborator ask, and an admin decline', async () => {
    const collaborator = await createStaff(tenantId, 'collaborator');
    const web = await sessions.signedIn(collaborator.email, collaborator.password, tenantId);
    await expectCode(
      web.call(callableNames.deleteClient, { clientId: otherClientId }),
      'functions/permission-denied',
    );
    await web.call(callableNames.requestClientDeletion, {
      clientId: otherClientId,
      reason: 'Doublon',
    });
    const ref = db.doc(`tenants/${tenantId}/clients/${otherClientId}`);
    expect((await ref.get()).data()).toMatchObject({
      deletionRequested: true,
      deletionRequest: { by: collaborator.uid, reason: 'Doublon' },
    });
    await expectCode(
      web.call(callableNames.declineClientDeletion, { clientId: otherClientId }),
      'functions/permission-denied',
    );
    await staff.call(callableNames.declineClientDeletion, { clientId: otherClientId });
    expect((await ref.get()).get('deletionRequested')).toBeUndefined();
  });
});
