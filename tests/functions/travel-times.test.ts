// Points of interest and travel times (H9, C4) against the running stack and its fixture server:
// geocoded points (bad address, geocoder down), the travel times the triggers cache from the
// fixture's Matrix answers, a cache hit that sends no request, the recompute when an address
// changes, and a routing provider that cannot be reached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc, serverTimestamp, updateDoc } from 'firebase/firestore';
import { getFirestore } from 'firebase-admin/firestore';
import {
  callableNames,
  locationKey,
  poiErrorCodes,
  travelTimeDocId,
  type SavePointOfInterestResult,
  type SavePropertyResult,
} from '@portail/shared';
import { createMapboxRouting } from '../../functions/src/geo/routing.js';
import { refreshTravelTimes } from '../../functions/src/travel/refresh.js';
import { travel } from '../../scripts/fixtures/mapbox/travel.js';
import type { WebClient } from '../support/callables.js';
import { expectCode, Sessions } from '../support/calls.js';
import { createStaff, createTenant } from '../support/identities.js';
import { adminApp, closeAdminApps, host, ports, waitUntil } from '../support/stack.js';
import { activeClient } from './dossiers-support.js';

const db = getFirestore(adminApp());
const sessions = new Sessions();
const routingUrl = `http://${host}:${ports.fixtures}/mapbox`;

let tenantId: string;
let staff: WebClient;
let otherStaff: WebClient;
let client: WebClient;
let clientId: string;
let otherClientId: string;
let propertyId: string;

const space = () => `tenants/${tenantId}/clients/${clientId}`;
const timesOf = (poiId: string) =>
  db.doc(`${space()}/travelTimes/${travelTimeDocId(propertyId, poiId)}`);

/** A routing client on the fixture server that counts the requests it sends. */
function countingRouting(baseUrl = routingUrl) {
  const sent: string[] = [];
  const routing = createMapboxRouting({
    baseUrl,
    accessToken: 'pk.local-fixture',
    timeoutMs: 3_000,
    fetch: (url, init) => {
      sent.push(url);
      return fetch(url, init);
    },
  });
  return { routing, sent };
}

/** The stable code a callable's refusal carries (`HttpsError` details.code). */
const detailCode = (error: unknown) => (error as { details?: { code?: string } }).details?.code;

const savePoi = (web: WebClient, input: unknown) =>
  web.call<SavePointOfInterestResult>(callableNames.savePointOfInterest, input);

async function timesFor(poiId: string, poiKey?: string) {
  return waitUntil(
    async () => {
      const snapshot = await timesOf(poiId).get();
      if (!snapshot.exists) return null;
      if (poiKey && snapshot.get('poiLocationKey') !== poiKey) return null;
      return snapshot.data()!;
      // The triggers run on a shared emulator: give them time under load.
    },
    `travel times to ${poiId}`,
    90_000,
  );
}

/** The fixture's own model from the property to the point, in whole seconds. */
function expected(
  from: { lat: number; lng: number },
  to: { lat: number; lng: number },
  profile: 'walking' | 'cycling' | 'driving',
) {
  return Math.round(travel([from.lng, from.lat], [to.lng, to.lat], profile)!.duration);
}

beforeAll(async () => {
  tenantId = await createTenant();
  const otherTenant = await createTenant();
  const [owner, other] = await Promise.all([
    createStaff(tenantId, 'owner'),
    createStaff(otherTenant, 'owner'),
  ]);
  staff = await sessions.signedIn(owner.email, owner.password, tenantId);
  otherStaff = await sessions.signedIn(other.email, other.password, otherTenant);
  ({ clientId, web: client } = await activeClient(sessions, staff, tenantId));
  ({ clientId: otherClientId } = await activeClient(sessions, staff, tenantId, 'Marc'));

  const saved = await staff.call<SavePropertyResult>(callableNames.saveProperty, {
    fields: {
      title: '[U] T3 cours Franklin Roosevelt',
      type: 'apartment',
      price: 355_000,
      surface: 68.5,
      rooms: 3,
      bedrooms: 2,
      description: '',
      address: { street: '4 cours Franklin Roosevelt', postalCode: '69006', city: 'Lyon' },
      addressPrecision: 'exact',
      privateNote: '',
      sourceUrl: '',
      showSourceToClient: false,
    },
  });
  propertyId = saved.propertyId;
  await staff.call(callableNames.assignProperties, {
    propertyIds: [propertyId],
    clientIds: [clientId],
  });
  await updateDoc(doc(staff.firestore(), `${space()}/assignments/${propertyId}`), {
    published: true,
    updatedAt: serverTimestamp(),
  });
});

afterAll(async () => {
  await sessions.closeAll();
  await closeAdminApps();
});

describe('points of interest', () => {
  it('geocodes the address before storing the point', async () => {
    const result = await savePoi(client, {
      type: 'work',
      name: 'Bureau',
      address: '5 place  Charles Béraudier 69003 Lyon',
    });
    expect(result).toMatchObject({
      address: '5 Place Charles Béraudier 69003 Lyon',
      precision: 'exact',
    });
    const stored = (await db.doc(`${space()}/pois/${result.poiId}`).get()).data();
    expect(stored).toMatchObject({
      type: 'work',
      name: 'Bureau',
      location: { lat: 45.759978, lng: 4.859669 },
      precision: 'exact',
    });
    expect(stored?.createdBy).toBe((await client.call<{ uid: string }>('whoAmI')).uid);
  });

  it('refuses an unknown address with its code and stores nothing', async () => {
    const before = (await db.collection(`${space()}/pois`).count().get()).data().count;
    const error = await expectCode(
      savePoi(client, { type: 'family', name: 'Nulle part', address: '12 rue Zorglub Blorpville' }),
      'functions/invalid-argument',
      /Adresse introuvable/,
    );
    expect(detailCode(error)).toBe(poiErrorCodes.addressNotFound);
    expect((await db.collection(`${space()}/pois`).count().get()).data().count).toBe(before);
  });

  it('says when the geocoder cannot be reached, and stores nothing', async () => {
    const before = (await db.collection(`${space()}/pois`).count().get()).data().count;
    const error = await expectCode(
      savePoi(client, { type: 'other', name: 'Panne', address: '1 rue __fail__ Lyon' }),
      'functions/unavailable',
    );
    expect(detailCode(error)).toBe(poiErrorCodes.geocoderUnavailable);
    expect((await db.collection(`${space()}/pois`).count().get()).data().count).toBe(before);
  });

  it('refuses bad input with the schema’s French message', async () => {
    await expectCode(
      savePoi(client, { type: 'gym', name: 'Salle', address: '5 place Charles Béraudier' }),
      'functions/invalid-argument',
      'Type de lieu inconnu.',
    );
    await expectCode(
      savePoi(client, { type: 'work', name: ' ', address: '5 place Charles Béraudier' }),
      'functions/invalid-argument',
      'Nom du lieu obligatoire.',
    );
  });

  it('keeps a client to its own space, and another agency out', async () => {
    await expectCode(
      savePoi(client, {
        type: 'work',
        name: 'Ailleurs',
        address: '5 place Charles Béraudier 69003 Lyon',
        clientId: otherClientId,
      }),
      'functions/permission-denied',
    );
    await expectCode(
      savePoi(otherStaff, {
        type: 'work',
        name: 'Intrus',
        address: '5 place Charles Béraudier 69003 Lyon',
        clientId,
      }),
      ['functions/not-found', 'functions/permission-denied'],
    );
    expect(
      (await db.collection(`tenants/${tenantId}/clients/${otherClientId}/pois`).get()).size,
    ).toBe(0);
  });
});

describe('travel times', { timeout: 200_000 }, () => {
  let poiId: string;
  const property = () => db.doc(`tenants/${tenantId}/properties/${propertyId}`).get();

  beforeAll(async () => {
    ({ poiId } = await savePoi(staff, {
      type: 'school',
      name: 'Lycée du Parc',
      address: '1 boulevard Anatole France 69006 Lyon',
      clientId,
    }));
  });

  it('caches the fixture’s times by mode, transit unsupported', async () => {
    const times = await timesFor(poiId);
    const from = (await property()).get('location') as { lat: number; lng: number };
    const to = (await db.doc(`${space()}/pois/${poiId}`).get()).get('location') as {
      lat: number;
      lng: number;
    };
    expect(times).toMatchObject({
      propertyId,
      poiId,
      error: null,
      propertyLocationKey: locationKey(from),
      poiLocationKey: locationKey(to),
      durations: {
        walking: expected(from, to, 'walking'),
        cycling: expected(from, to, 'cycling'),
        driving: expected(from, to, 'driving'),
        transit: 'unsupported',
      },
    });
    expect(times.durations.walking).toBeGreaterThan(times.durations.driving);
  });

  it('sends no request when the locations are those of the cache', async () => {
    await timesFor(poiId);
    const { routing, sent } = countingRouting();
    const outcome = await refreshTravelTimes({ db, routing }, tenantId, clientId);
    expect(outcome.computed).toBe(0);
    expect(outcome.kept).toBeGreaterThanOrEqual(1);
    expect(sent).toEqual([]);
  });

  it('computes a missing pair with one Matrix request per mode', async () => {
    await timesFor(poiId);
    await timesOf(poiId).delete();
    const { routing, sent } = countingRouting();
    const outcome = await refreshTravelTimes({ db, routing }, tenantId, clientId, { poiId });
    expect(outcome).toMatchObject({ computed: 1, error: null });
    expect(sent.map((url) => new URL(url).pathname.split('/')[5])).toEqual([
      'walking',
      'cycling',
      'driving',
    ]);
    expect((await timesOf(poiId).get()).get('error')).toBeNull();
  });

  it('recomputes when the point’s address changes', async () => {
    const before = await timesFor(poiId);
    const moved = await savePoi(client, {
      poiId,
      type: 'school',
      name: 'Lycée du Parc',
      address: '20 avenue Albert Einstein 69100 Villeurbanne',
    });
    expect(moved.address).toContain('Villeurbanne');
    const location = (await db.doc(`${space()}/pois/${poiId}`).get()).get('location') as {
      lat: number;
      lng: number;
    };
    const after = await timesFor(poiId, locationKey(location));
    expect(after.poiLocationKey).not.toBe(before.poiLocationKey);
    expect(after.durations.walking).not.toBe(before.durations.walking);
  });

  it('leaves a clear error state when routing cannot be reached, then recovers', async () => {
    await timesFor(poiId);
    await timesOf(poiId).delete();
    // Port 9 (discard) is closed on the loopback: the request never reaches a provider.
    const down = countingRouting(`http://${host}:9/mapbox`);
    const outcome = await refreshTravelTimes({ db, routing: down.routing }, tenantId, clientId, {
      poiId,
    });
    expect(outcome.error).toBe('unreachable');
    expect((await timesOf(poiId).get()).data()).toMatchObject({
      error: 'unreachable',
      durations: { walking: null, cycling: null, driving: null, transit: 'unsupported' },
    });
    const up = countingRouting();
    const retried = await refreshTravelTimes({ db, routing: up.routing }, tenantId, clientId, {
      poiId,
    });
    expect(retried).toMatchObject({ computed: 1, error: null });
    expect(up.sent).toHaveLength(3);
  });

  it('removes a deleted point’s times', async () => {
    const { poiId: gone } = await savePoi(client, {
      type: 'family',
      name: 'Parents',
      address: '18 quai Saint-Antoine 69002 Lyon',
    });
    await timesFor(gone);
    await client.call(callableNames.deletePointOfInterest, { poiId: gone });
    await waitUntil(async () => !(await timesOf(gone).get()).exists, 'the times to go', 90_000);
    expect((await db.doc(`${space()}/pois/${gone}`).get()).exists).toBe(false);
  });
});
