import {
  GeoError,
  geoPointSchema,
  matrixCoordinateLimit,
  parseMatrixResponse,
  planMatrixBlocks,
  type GeoPoint,
  type MapboxProfile,
  type TravelMatrix,
  type TravelMode,
} from '@portail/shared';
import { getJson, type FetchLike } from './request.js';

export interface MapboxRoutingOptions {
  /** Mapbox API base (production `https://api.mapbox.com`). */
  baseUrl: string;
  accessToken: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  /** Live traffic costs more and allows 10 coordinates a request instead of 25. */
  drivingProfile?: 'driving' | 'driving-traffic';
}

export interface Routing {
  /** Modes this provider computes; the UI says the others are unavailable. */
  readonly modes: readonly TravelMode[];
  /** Seconds and metres from each origin to each destination, `null` where no route exists. */
  travelTimes(
    origins: GeoPoint[],
    destinations: GeoPoint[],
    mode: TravelMode,
  ): Promise<TravelMatrix>;
}

function coordinate({ lat, lng }: GeoPoint): string {
  return `${Number(lng.toFixed(6))},${Number(lat.toFixed(6))}`;
}

function indices(from: number, count: number): string {
  return Array.from({ length: count }, (_, i) => from + i).join(';');
}

export function createMapboxRouting({
  baseUrl,
  accessToken,
  fetch = globalThis.fetch,
  timeoutMs = 8_000,
  drivingProfile = 'driving',
}: MapboxRoutingOptions): Routing {
  const root = baseUrl.replace(/\/+$/, '');
  const profiles: Partial<Record<TravelMode, MapboxProfile>> = {
    walking: 'walking',
    cycling: 'cycling',
    driving: drivingProfile,
  };

  async function request(profile: MapboxProfile, sources: GeoPoint[], targets: GeoPoint[]) {
    const path = [...sources, ...targets].map(coordinate).join(';');
    const params = new URLSearchParams({
      sources: indices(0, sources.length),
      destinations: indices(sources.length, targets.length),
      annotations: 'duration,distance',
    });
    if (accessToken) params.set('access_token', accessToken);
    const url = `${root}/directions-matrix/v1/mapbox/${profile}/${path}?${params}`;
    const { status, body } = await getJson(fetch, url, timeoutMs);
    if (status === 401 || status === 403) throw new GeoError('not-authorized', `HTTP ${status}`);
    if (status === 429 || status >= 500) throw new GeoError('unreachable', `HTTP ${status}`);
    if (body === undefined) throw new GeoError('bad-response', `HTTP ${status}, not JSON`);
    // 404 and 422 carry Mapbox's own code (ProfileNotFound, InvalidInput), read below.
    if (![200, 404, 422].includes(status)) throw new GeoError('bad-response', `HTTP ${status}`);
    return parseMatrixResponse(body, { sources: sources.length, destinations: targets.length });
  }

  return {
    modes: ['walking', 'cycling', 'driving'],
    async travelTimes(origins, destinations, mode) {
      const profile = profiles[mode];
      if (!profile) throw new GeoError('unsupported', `no ${mode} profile`);
      for (const point of [...origins, ...destinations]) {
        if (!geoPointSchema.safeParse(point).success) {
          throw new GeoError('invalid-input', JSON.stringify(point));
        }
      }
      const durations = origins.map(() => Array<number | null>(destinations.length).fill(null));
      const distances = origins.map(() => Array<number | null>(destinations.length).fill(null));
      const blocks = planMatrixBlocks(
        origins.length,
        destinations.length,
        matrixCoordinateLimit[profile],
      );
      // One request at a time: Mapbox allows 60 a minute, and a portal screen needs one or two.
      for (const block of blocks) {
        const part = await request(
          profile,
          origins.slice(block.originStart, block.originEnd),
          destinations.slice(block.destinationStart, block.destinationEnd),
        );
        part.durations.forEach((row, i) =>
          row.forEach((value, j) => {
            durations[block.originStart + i]![block.destinationStart + j] = value;
            distances[block.originStart + i]![block.destinationStart + j] =
              part.distances[i]![j] ?? null;
          }),
        );
      }
      return { durations, distances };
    },
  };
}
