import { describe, expect, it } from 'vitest';
import { GeoError } from './errors.js';
import { parseMatrixResponse, planMatrixBlocks } from './matrix.js';

// Shape of a Mapbox Matrix answer for sources=0;1 and destinations=2 (directions-matrix/v1).
const okResponse = {
  code: 'Ok',
  durations: [[745.3], [null]],
  distances: [[3311.9], [null]],
  sources: [
    { name: 'Rue Vendôme', location: [4.845891, 45.764814], distance: 3.2 },
    { name: '', location: [4.80001, 45.7501], distance: 812.4 },
  ],
  destinations: [
    { name: 'Place Charles Béraudier', location: [4.859669, 45.759978], distance: 1.1 },
  ],
};

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof GeoError ? error.code : 'not a GeoError';
  }
  return undefined;
}

describe('parseMatrixResponse', () => {
  it('reads durations in seconds and distances in metres, null where no route', () => {
    expect(parseMatrixResponse(okResponse, { sources: 2, destinations: 1 })).toEqual({
      durations: [[745.3], [null]],
      distances: [[3311.9], [null]],
    });
  });

  it('answers all null for NoRoute', () => {
    expect(parseMatrixResponse({ code: 'NoRoute' }, { sources: 1, destinations: 2 })).toEqual({
      durations: [[null, null]],
      distances: [[null, null]],
    });
  });

  it('maps Mapbox error codes to ours', () => {
    const size = { sources: 1, destinations: 1 };
    expect(
      codeOf(() =>
        parseMatrixResponse(
          { code: 'InvalidInput', message: 'Coordinate is invalid: 200,45' },
          size,
        ),
      ),
    ).toBe('invalid-input');
    expect(codeOf(() => parseMatrixResponse({ code: 'ProfileNotFound' }, size))).toBe(
      'unsupported',
    );
    expect(codeOf(() => parseMatrixResponse({ code: 'Something' }, size))).toBe('bad-response');
    expect(codeOf(() => parseMatrixResponse('<html>', size))).toBe('bad-response');
  });

  it('refuses a matrix of the wrong size', () => {
    expect(codeOf(() => parseMatrixResponse(okResponse, { sources: 1, destinations: 1 }))).toBe(
      'bad-response',
    );
    expect(codeOf(() => parseMatrixResponse({ code: 'Ok' }, { sources: 2, destinations: 1 }))).toBe(
      'bad-response',
    );
  });
});

function coversEveryPairOnce(origins: number, destinations: number, limit: number) {
  const seen = new Map<string, number>();
  for (const block of planMatrixBlocks(origins, destinations, limit)) {
    const size =
      block.originEnd - block.originStart + (block.destinationEnd - block.destinationStart);
    expect(size).toBeLessThanOrEqual(limit);
    for (let i = block.originStart; i < block.originEnd; i += 1) {
      for (let j = block.destinationStart; j < block.destinationEnd; j += 1) {
        seen.set(`${i}:${j}`, (seen.get(`${i}:${j}`) ?? 0) + 1);
      }
    }
  }
  expect(seen.size).toBe(origins * destinations);
  expect([...seen.values()].every((count) => count === 1)).toBe(true);
}

describe('planMatrixBlocks', () => {
  it('sends a small matrix in one request', () => {
    expect(planMatrixBlocks(3, 4, 25)).toEqual([
      { originStart: 0, originEnd: 3, destinationStart: 0, destinationEnd: 4 },
    ]);
  });

  it('splits above the limit and covers every pair exactly once', () => {
    expect(planMatrixBlocks(1, 30, 25)).toHaveLength(2);
    coversEveryPairOnce(1, 30, 25);
    coversEveryPairOnce(12, 40, 25);
    coversEveryPairOnce(7, 7, 10);
    coversEveryPairOnce(30, 1, 25);
  });

  it('plans nothing for an empty side and refuses a limit below two', () => {
    expect(planMatrixBlocks(0, 5, 25)).toEqual([]);
    expect(() => planMatrixBlocks(2, 2, 1)).toThrow(RangeError);
  });
});
