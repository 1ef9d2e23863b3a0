import { GeoError, type GeoErrorCode, type GeoPoint, type TravelMatrix } from '@portail/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../../scripts/fixtures/server.js';
import { closedPortUrl, recordingFetch } from '../../../scripts/fixtures/testing.js';
import { createMapboxRouting, type MapboxRoutingOptions } from './routing.js';

let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer({ port: 0 });
});
afterAll(() => fixture.close());

const rueVendome: GeoPoint = { lat: 45.7727, lng: 4.844 };
const partDieu: GeoPoint = { lat: 45.759978, lng: 4.859669 };
const lyceeDuParc: GeoPoint = { lat: 45.771667, lng: 4.857222 };

function routing(options: Partial<MapboxRoutingOptions> = {}) {
  return createMapboxRouting({
    baseUrl: `${fixture.url}/mapbox`,
    accessToken: 'pk.local-fixture',
    timeoutMs: 2_000,
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<GeoErrorCode> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GeoError);
  return (error as GeoError).code;
}

/** Points spread around Lyon's centre, a few hundred metres apart. */
function around(count: number): GeoPoint[] {
  return Array.from({ length: count }, (_, i) => ({
    lat: 45.75 + (i % 6) * 0.004,
    lng: 4.83 + Math.floor(i / 6) * 0.005,
  }));
}

function coordinatesIn(url: string): number {
  const path = new URL(url).pathname;
  return path.slice(path.lastIndexOf('/') + 1).split(';').length;
}

describe('createMapboxRouting against the Matrix fixture', () => {
  it('walks slower than it cycles, and cycles slower than it drives, in sane magnitudes', async () => {
    const client = routing();
    const walking = await client.travelTimes([rueVendome], [partDieu], 'walking');
    const cycling = await client.travelTimes([rueVendome], [partDieu], 'cycling');
    const driving = await client.travelTimes([rueVendome], [partDieu], 'driving');
    const minutes = (matrix: TravelMatrix) => (matrix.durations[0]![0] ?? NaN) / 60;
    expect(minutes(walking)).toBeGreaterThan(minutes(cycling));
    expect(minutes(cycling)).toBeGreaterThan(minutes(driving));
    // About 2 km apart across the 6e and 3e arrondissements.
    expect(minutes(walking)).toBeGreaterThan(15);
    expect(minutes(walking)).toBeLessThan(60);
    expect(minutes(cycling)).toBeGreaterThan(4);
    expect(minutes(cycling)).toBeLessThan(20);
    expect(minutes(driving)).toBeGreaterThan(2);
    expect(minutes(driving)).toBeLessThan(15);
    const metres = walking.distances[0]![0] ?? NaN;
    expect(metres).toBeGreaterThan(1_500);
    expect(metres).toBeLessThan(4_000);
    expect(driving.distances[0]![0]).toBe(metres);
  });

  it('gives one row per origin and one column per destination', async () => {
    const { durations, distances } = await routing().travelTimes(
      [rueVendome, lyceeDuParc],
      [partDieu, rueVendome, lyceeDuParc],
      'walking',
    );
    expect(durations).toHaveLength(2);
    expect(durations.every((row) => row.length === 3)).toBe(true);
    expect(durations[0]![1]).toBe(0);
    expect(distances[1]![2]).toBe(0);
  });

  it('refuses transit as unsupported, without asking Mapbox', async () => {
    const recorder = recordingFetch();
    const client = routing({ fetch: recorder.fetch });
    expect(client.modes).not.toContain('transit');
    expect(await failure(client.travelTimes([rueVendome], [partDieu], 'transit'))).toBe(
      'unsupported',
    );
    expect(recorder.urls).toEqual([]);
  });

  it('splits above 25 coordinates and puts every value in its place', async () => {
    const recorder = recordingFetch();
    const destinations = around(30);
    const whole = await routing({ fetch: recorder.fetch }).travelTimes(
      [rueVendome],
      destinations,
      'cycling',
    );
    expect(recorder.urls.length).toBeGreaterThan(1);
    expect(recorder.urls.every((url) => coordinatesIn(url) <= 25)).toBe(true);
    expect(whole.durations[0]).toHaveLength(30);
    expect(whole.durations[0]!.every((value) => typeof value === 'number')).toBe(true);
    const last = await routing().travelTimes([rueVendome], [destinations[29]!], 'cycling');
    expect(whole.durations[0]![29]).toBe(last.durations[0]![0]);
  });

  it('keeps to 10 coordinates a request for live traffic', async () => {
    const recorder = recordingFetch();
    const client = routing({ fetch: recorder.fetch, drivingProfile: 'driving-traffic' });
    const { durations } = await client.travelTimes(around(6), around(12), 'driving');
    expect(recorder.urls.every((url) => url.includes('/mapbox/driving-traffic/'))).toBe(true);
    expect(recorder.urls.every((url) => coordinatesIn(url) <= 10)).toBe(true);
    expect(durations.flat().every((value) => typeof value === 'number')).toBe(true);
  });

  it('answers null where there is no route', async () => {
    const lisbon = { lat: 38.7223, lng: -9.1393 };
    const { durations } = await routing().travelTimes([rueVendome], [lisbon, partDieu], 'driving');
    expect(durations[0]![0]).toBeNull();
    expect(durations[0]![1]).toBeGreaterThan(0);
  });

  it('says not-authorized without a token or with a wrong one', async () => {
    expect(
      await failure(routing({ accessToken: '' }).travelTimes([rueVendome], [partDieu], 'walking')),
    ).toBe('not-authorized');
    expect(
      await failure(
        routing({ accessToken: 'not-a-token' }).travelTimes([rueVendome], [partDieu], 'walking'),
      ),
    ).toBe('not-authorized');
  });

  it('refuses coordinates off the globe before asking', async () => {
    const recorder = recordingFetch();
    const client = routing({ fetch: recorder.fetch });
    expect(await failure(client.travelTimes([{ lat: 95, lng: 4.8 }], [partDieu], 'walking'))).toBe(
      'invalid-input',
    );
    expect(recorder.urls).toEqual([]);
  });

  it('asks nothing for an empty side', async () => {
    const recorder = recordingFetch();
    const result = await routing({ fetch: recorder.fetch }).travelTimes([], [partDieu], 'walking');
    expect(result).toEqual({ durations: [], distances: [] });
    expect(recorder.urls).toEqual([]);
  });

  it('maps provider failures to codes', async () => {
    const answering = (body: string, status: number) =>
      createMapboxRouting({
        baseUrl: 'http://mapbox.invalid',
        accessToken: 'pk.x',
        fetch: () => Promise.resolve(new Response(body, { status })),
      });
    const ask = (status: number, body: string) =>
      failure(answering(body, status).travelTimes([rueVendome], [partDieu], 'walking'));
    expect(await ask(422, '{"code":"InvalidInput","message":"Too many coordinates"}')).toBe(
      'invalid-input',
    );
    expect(await ask(404, '{"message":"Profile not found","code":"ProfileNotFound"}')).toBe(
      'unsupported',
    );
    expect(await ask(429, '{"message":"Too Many Requests"}')).toBe('unreachable');
    expect(await ask(200, '{"code":"Ok","durations":[[1,2]]')).toBe('bad-response');
    const nowhere = createMapboxRouting({ baseUrl: await closedPortUrl(), accessToken: 'pk.x' });
    expect(await failure(nowhere.travelTimes([rueVendome], [partDieu], 'walking'))).toBe(
      'unreachable',
    );
  });
});
