import type { DocumentReference, Firestore } from 'firebase-admin/firestore';
import {
  isGeoError,
  locationKey,
  POI_MAX_PER_CLIENT,
  travelModes,
  travelTimeDocId,
  type GeoPoint,
  type TravelDuration,
  type TravelMode,
  type TravelTimeRecord,
} from '@portail/shared';
import type { Routing } from '../geo/routing.js';

export interface TravelDeps {
  db: Firestore;
  routing: Routing;
  now?: () => number;
}

/** What changed: one point, one property, or (neither) the whole space. */
export interface TravelScope {
  poiId?: string;
  propertyId?: string;
}

export interface RefreshOutcome {
  computed: number;
  kept: number;
  deleted: number;
  error: string | null;
}

interface Place {
  id: string;
  location: GeoPoint;
}

const PAGE = 200;
const WRITES_PER_BATCH = 400;

function placeOf(id: string, location: unknown): Place | null {
  const point = location as Partial<GeoPoint> | null | undefined;
  if (typeof point?.lat !== 'number' || typeof point.lng !== 'number') return null;
  return { id, location: { lat: point.lat, lng: point.lng } };
}

async function loadPois(db: Firestore, space: string, poiId?: string): Promise<Place[]> {
  if (poiId) {
    const poi = await db.doc(`${space}/pois/${poiId}`).get();
    const place = poi.exists ? placeOf(poi.id, poi.get('location')) : null;
    return place ? [place] : [];
  }
  const pois = await db.collection(`${space}/pois`).limit(POI_MAX_PER_CLIENT).get();
  return pois.docs.flatMap((doc) => placeOf(doc.id, doc.get('location')) ?? []);
}

/** The client's published properties that have a location (the client's copy of it). */
async function loadProperties(db: Firestore, space: string, propertyId?: string) {
  if (propertyId) {
    const assignment = await db.doc(`${space}/assignments/${propertyId}`).get();
    if (assignment.get('published') !== true) return [];
    const place = placeOf(assignment.id, assignment.get('property.location'));
    return place ? [place] : [];
  }
  const places: Place[] = [];
  let last: FirebaseFirestore.QueryDocumentSnapshot | undefined;
  for (;;) {
    let query = db
      .collection(`${space}/assignments`)
      .where('published', '==', true)
      .orderBy('__name__')
      .limit(PAGE);
    if (last) query = query.startAfter(last);
    const page = await query.get();
    for (const doc of page.docs) {
      const place = placeOf(doc.id, doc.get('property.location'));
      if (place) places.push(place);
    }
    if (page.size < PAGE) return places;
    last = page.docs.at(-1);
  }
}

async function commitInBatches(
  db: Firestore,
  writes: ((batch: FirebaseFirestore.WriteBatch) => void)[],
) {
  for (let i = 0; i < writes.length; i += WRITES_PER_BATCH) {
    const batch = db.batch();
    for (const write of writes.slice(i, i + WRITES_PER_BATCH)) write(batch);
    await batch.commit();
  }
}

/** Removes the cached times no longer wanted: of a point deleted or a property withdrawn. */
async function deleteStale(db: Firestore, space: string, scope: TravelScope, keep: Set<string>) {
  const field = scope.poiId ? 'poiId' : scope.propertyId ? 'propertyId' : null;
  const value = scope.poiId ?? scope.propertyId;
  let query: FirebaseFirestore.Query = db.collection(`${space}/travelTimes`);
  if (field && value) query = query.where(field, '==', value);
  const existing = await query.select().get();
  const stale = existing.docs.filter((doc) => !keep.has(doc.id));
  await commitInBatches(
    db,
    stale.map((doc) => (batch) => batch.delete(doc.ref)),
  );
  return stale.length;
}

/**
 * C4: brings the cached travel times of a client space up to date for what changed. A pair whose
 * property and point are where they were when computed is kept without any request; the others
 * are computed together, one Matrix call per mode (the routing client splits at 25 coordinates).
 * A provider that cannot answer leaves `error` on each pair, tried again on the next change.
 */
export async function refreshTravelTimes(
  { db, routing, now = Date.now }: TravelDeps,
  tenantId: string,
  clientId: string,
  scope: TravelScope = {},
): Promise<RefreshOutcome> {
  const space = `tenants/${tenantId}/clients/${clientId}`;
  const [pois, properties] = await Promise.all([
    loadPois(db, space, scope.poiId),
    loadProperties(db, space, scope.propertyId),
  ]);
  const pairs = properties.flatMap((property) =>
    pois.map((poi) => ({
      id: travelTimeDocId(property.id, poi.id),
      property,
      poi,
      propertyLocationKey: locationKey(property.location),
      poiLocationKey: locationKey(poi.location),
    })),
  );
  const deleted = await deleteStale(db, space, scope, new Set(pairs.map((pair) => pair.id)));
  if (pairs.length === 0) return { computed: 0, kept: 0, deleted, error: null };

  const refs: DocumentReference[] = pairs.map((pair) => db.doc(`${space}/travelTimes/${pair.id}`));
  const cached = await db.getAll(...refs);
  const stale = pairs.filter((pair, i) => {
    const doc = cached[i]!;
    return (
      !doc.exists ||
      doc.get('error') !== null ||
      doc.get('propertyLocationKey') !== pair.propertyLocationKey ||
      doc.get('poiLocationKey') !== pair.poiLocationKey
    );
  });
  if (stale.length === 0) return { computed: 0, kept: pairs.length, deleted, error: null };

  const origins = [...new Map(stale.map((pair) => [pair.property.id, pair.property])).values()];
  const destinations = [...new Map(stale.map((pair) => [pair.poi.id, pair.poi])).values()];
  const originIndex = new Map(origins.map((place, i) => [place.id, i]));
  const destinationIndex = new Map(destinations.map((place, i) => [place.id, i]));

  const durations = new Map<TravelMode, (number | null)[][]>();
  let error: string | null = null;
  try {
    for (const mode of routing.modes) {
      const matrix = await routing.travelTimes(
        origins.map((place) => place.location),
        destinations.map((place) => place.location),
        mode,
      );
      durations.set(mode, matrix.durations);
    }
  } catch (failure) {
    if (!isGeoError(failure)) throw failure;
    error = failure.code;
  }

  const computedAt = now();
  const writes = stale.map((pair) => {
    const i = originIndex.get(pair.property.id)!;
    const j = destinationIndex.get(pair.poi.id)!;
    const byMode = Object.fromEntries(
      travelModes.map((mode): [TravelMode, TravelDuration] => {
        if (!routing.modes.includes(mode)) return [mode, 'unsupported'];
        if (error) return [mode, null];
        const seconds = durations.get(mode)?.[i]?.[j] ?? null;
        return [mode, seconds === null ? null : Math.round(seconds)];
      }),
    ) as Record<TravelMode, TravelDuration>;
    const record: TravelTimeRecord = {
      propertyId: pair.property.id,
      poiId: pair.poi.id,
      durations: byMode,
      propertyLocationKey: pair.propertyLocationKey,
      poiLocationKey: pair.poiLocationKey,
      error,
      computedAt,
    };
    return (batch: FirebaseFirestore.WriteBatch) =>
      batch.set(db.doc(`${space}/travelTimes/${pair.id}`), record);
  });
  await commitInBatches(db, writes);
  return { computed: stale.length, kept: pairs.length - stale.length, deleted, error };
}
