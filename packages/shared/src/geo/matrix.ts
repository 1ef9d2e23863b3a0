import { z } from 'zod';
import { GeoError } from './errors.js';

/**
 * The Mapbox Matrix API (directions-matrix/v1): `durations[i][j]` in seconds and `distances[i][j]`
 * in metres from source i to destination j, `null` where no route was found.
 */
export const mapboxProfiles = ['walking', 'cycling', 'driving', 'driving-traffic'] as const;
export type MapboxProfile = (typeof mapboxProfiles)[number];

/** Coordinates (sources and destinations together) one request may carry, per Mapbox's limits. */
export const matrixCoordinateLimit: Record<MapboxProfile, number> = {
  walking: 25,
  cycling: 25,
  driving: 25,
  'driving-traffic': 10,
};

const cell = z.number().nonnegative().nullable();
const matrix = z.array(z.array(cell));

export const matrixResponseSchema = z.object({
  code: z.string(),
  message: z.string().optional(),
  durations: matrix.optional(),
  distances: matrix.optional(),
});

export interface TravelMatrix {
  /** Seconds; `null` where the provider found no route. */
  durations: (number | null)[][];
  /** Metres; `null` where the provider found no route. */
  distances: (number | null)[][];
}

function hasShape(rows: (number | null)[][], sources: number, destinations: number): boolean {
  return rows.length === sources && rows.every((row) => row.length === destinations);
}

function nulls(sources: number, destinations: number): (number | null)[][] {
  return Array.from({ length: sources }, () => Array<number | null>(destinations).fill(null));
}

/** Reads a 200 answer of the Matrix API asked for `annotations=duration,distance`. */
export function parseMatrixResponse(
  body: unknown,
  size: { sources: number; destinations: number },
): TravelMatrix {
  const parsed = matrixResponseSchema.safeParse(body);
  if (!parsed.success) throw new GeoError('bad-response', 'not a matrix response');
  const { code, message, durations, distances } = parsed.data;
  if (code === 'NoRoute') {
    return {
      durations: nulls(size.sources, size.destinations),
      distances: nulls(size.sources, size.destinations),
    };
  }
  if (code === 'InvalidInput') throw new GeoError('invalid-input', message);
  if (code === 'ProfileNotFound') throw new GeoError('unsupported', message);
  if (code !== 'Ok') throw new GeoError('bad-response', `code ${code}`);
  if (!durations || !hasShape(durations, size.sources, size.destinations)) {
    throw new GeoError('bad-response', 'durations missing or of the wrong size');
  }
  if (distances && !hasShape(distances, size.sources, size.destinations)) {
    throw new GeoError('bad-response', 'distances of the wrong size');
  }
  return { durations, distances: distances ?? nulls(size.sources, size.destinations) };
}

export interface MatrixBlock {
  /** Origins `[originStart, originEnd)` against destinations `[destinationStart, destinationEnd)`. */
  originStart: number;
  originEnd: number;
  destinationStart: number;
  destinationEnd: number;
}

/**
 * Splits an origins × destinations matrix into requests of at most `limit` coordinates each
 * (origins and destinations of a request together), in as few requests as the limit allows.
 */
export function planMatrixBlocks(
  origins: number,
  destinations: number,
  limit: number,
): MatrixBlock[] {
  if (origins === 0 || destinations === 0) return [];
  if (!Number.isInteger(limit) || limit < 2) throw new RangeError('limit must be 2 or more');
  let best = { rows: 1, columns: 1, requests: Infinity };
  for (let rows = 1; rows <= Math.min(origins, limit - 1); rows += 1) {
    const columns = Math.min(destinations, limit - rows);
    const requests = Math.ceil(origins / rows) * Math.ceil(destinations / columns);
    if (requests < best.requests) best = { rows, columns, requests };
  }
  const blocks: MatrixBlock[] = [];
  for (let originStart = 0; originStart < origins; originStart += best.rows) {
    for (
      let destinationStart = 0;
      destinationStart < destinations;
      destinationStart += best.columns
    ) {
      blocks.push({
        originStart,
        originEnd: Math.min(origins, originStart + best.rows),
        destinationStart,
        destinationEnd: Math.min(destinations, destinationStart + best.columns),
      });
    }
  }
  return blocks;
}
