import { exampleProperties } from '@portail/shared';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAddresses } from '../../../scripts/fixtures/ban/dataset.js';
import { createTileCache } from '../../../scripts/fixtures/map/tiles.js';
import { greatCircleMetres } from '../../../scripts/fixtures/mapbox/travel.js';
import { startFixtureServer, type FixtureServer } from '../../../scripts/fixtures/server.js';
import { demoCompany } from '../../../scripts/seed/demo-data.js';

// The fixture server itself: scripts/ has no test project, so its tests live here.
let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer({ port: 0 });
});
afterAll(() => fixture.close());

async function get(path: string) {
  const response = await fetch(`${fixture.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), response };
}

async function getJson(path: string) {
  const { status, response } = await get(path);
  return { status, body: (await response.json()) as Record<string, unknown> };
}

type Feature = {
  geometry: { type: string; coordinates: [number, number] };
  properties: Record<string, unknown>;
};

async function ban(query: string, extra = '') {
  const { status, body } = await getJson(`/ban/search/?q=${encodeURIComponent(query)}${extra}`);
  return { status, body, features: (body.features ?? []) as Feature[] };
}

describe('health', () => {
  it('answers ok', async () => {
    expect(await getJson('/health')).toEqual({
      status: 200,
      body: { status: 'ok', services: ['ban', 'mapbox-matrix', 'map'] },
    });
  });
});

describe('BAN fixture', () => {
  it('answers a GeocodeJSON FeatureCollection with the properties BAN gives', async () => {
    const { status, body, features } = await ban('18 rue Duhesme Paris', '&limit=3');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      type: 'FeatureCollection',
      version: 'draft',
      attribution: 'BAN',
      licence: 'ETALAB-2.0',
      query: '18 rue Duhesme Paris',
      limit: 3,
    });
    const [first] = features;
    expect(first?.geometry).toEqual({ type: 'Point', coordinates: [2.338562, 48.890787] });
    // Published BAN answer for this address: the same id, and the same Lambert-93 x/y.
    expect(first?.properties).toMatchObject({
      label: '18 Rue Duhesme 75018 Paris',
      housenumber: '18',
      id: '75118_2974_00018',
      name: '18 Rue Duhesme',
      postcode: '75018',
      citycode: '75118',
      x: 651500.23,
      y: 6865844.9,
      city: 'Paris',
      district: 'Paris 18e Arrondissement',
      context: '75, Paris, Île-de-France',
      type: 'housenumber',
      street: 'Rue Duhesme',
    });
    expect(first?.properties.score).toBeGreaterThan(0.9);
    expect(first?.properties.score).toBeLessThan(1);
  });

  it('ranks the best match first and honours limit and postcode, echoed as filters', async () => {
    const { features } = await ban('rue vendome 69006 lyon', '&limit=1');
    expect(features).toHaveLength(1);
    expect(features[0]?.properties.type).toBe('street');
    const filtered = await ban('place de la comedie', '&postcode=33000');
    expect(filtered.body.filters).toEqual({ postcode: '33000' });
    expect(filtered.features.every((feature) => feature.properties.postcode === '33000')).toBe(
      true,
    );
  });

  it('answers the municipality for a postal code or a town alone', async () => {
    const byCode = await ban('69130');
    expect(byCode.features[0]?.properties).toMatchObject({
      type: 'municipality',
      label: 'Écully',
      citycode: '69081',
      postcode: '69130',
    });
    const byTown = await ban('villeurbanne');
    expect(byTown.features[0]?.properties).toMatchObject({
      type: 'municipality',
      city: 'Villeurbanne',
    });
  });

  it('answers an empty collection for an unknown address', async () => {
    const { status, features } = await ban('42 avenue de Nulle Part 99999 Ailleurs');
    expect(status).toBe(200);
    expect(features).toEqual([]);
  });

  it('refuses a short query with BAN’s 400 body, and fails on demand', async () => {
    expect(await getJson('/ban/search/?q=ab')).toEqual({
      status: 400,
      body: {
        code: 400,
        message: 'Failed parsing query',
        detail: ['q: must contain between 3 and 200 chars and start with a number or a letter'],
      },
    });
    const down = await get('/ban/search/?q=__fail__');
    expect(down.status).toBe(503);
    expect(down.type).toBe('text/html');
  });

  it('holds 40 to 80 real addresses and finds every address of the demo seed at its door', async () => {
    const addresses = loadAddresses();
    expect(addresses.length).toBeGreaterThanOrEqual(40);
    expect(addresses.length).toBeLessThanOrEqual(80);
    const seeded = [
      ...exampleProperties.map((property) => ({
        query: `${property.address} ${property.postalCode} ${property.city}`,
        near: property.location,
      })),
      { query: demoCompany.address, near: null },
    ];
    for (const { query, near } of seeded) {
      const [best] = (await ban(query)).features;
      expect(best?.properties.type, query).toBe('housenumber');
      expect(best?.properties.score, query).toBeGreaterThan(0.9);
      if (near) {
        const [lng, lat] = best!.geometry.coordinates;
        // Same neighbourhood as the seeded point; README lists where the two disagree.
        expect(greatCircleMetres([lng, lat], [near.lng, near.lat]), query).toBeLessThan(1_000);
      }
    }
  });
});

describe('Mapbox Matrix fixture', () => {
  const path = '/mapbox/directions-matrix/v1/mapbox';
  const pair = '4.844,45.7727;4.859669,45.759978';

  it('requires a token, as Mapbox does', async () => {
    expect(await getJson(`${path}/walking/${pair}`)).toEqual({
      status: 401,
      body: { message: 'Not Authorized - No Token' },
    });
  });

  it('answers a symmetric matrix by default, durations only', async () => {
    const { status, body } = await getJson(`${path}/walking/${pair}?access_token=pk.test`);
    expect(status).toBe(200);
    expect(body.code).toBe('Ok');
    expect(body.distances).toBeUndefined();
    const durations = body.durations as number[][];
    expect(durations).toHaveLength(2);
    expect(durations[0]![0]).toBe(0);
    expect(durations[0]![1]).toBe(durations[1]![0]);
    expect(body.sources).toEqual([
      { name: '', location: [4.844, 45.7727], distance: 0 },
      { name: '', location: [4.859669, 45.759978], distance: 0 },
    ]);
  });

  it('answers Mapbox’s error shapes', async () => {
    const token = 'access_token=pk.test';
    expect(await getJson(`${path}/boat/${pair}?${token}`)).toEqual({
      status: 404,
      body: { message: 'Profile not found', code: 'ProfileNotFound' },
    });
    const tooMany = Array.from({ length: 11 }, (_, i) => `4.8${i},45.7`).join(';');
    expect(await getJson(`${path}/driving-traffic/${tooMany}?${token}`)).toEqual({
      status: 422,
      body: {
        code: 'InvalidInput',
        message: 'Too many coordinates; maximum number of coordinates is 10.',
      },
    });
    const offTheGlobe = await getJson(`${path}/driving/4.8,95;4.9,45.7?${token}`);
    expect(offTheGlobe.status).toBe(422);
    expect(offTheGlobe.body.code).toBe('InvalidInput');
    const unknownOption = await getJson(`${path}/driving/${pair}?${token}&steps=true`);
    expect(unknownOption.status).toBe(422);
  });
});

describe('map fixture', () => {
  it('serves a Mapbox GL v8 style whose raster source points back at this server', async () => {
    const { status, body } = await getJson('/map/style.json');
    expect(status).toBe(200);
    expect(body.version).toBe(8);
    const sources = body.sources as Record<
      string,
      { type: string; tiles: string[]; tileSize: number }
    >;
    const layers = body.layers as { id: string; type: string; source?: string }[];
    for (const layer of layers) {
      if (layer.source) expect(Object.keys(sources)).toContain(layer.source);
      expect(layer.type).not.toBe('symbol');
    }
    const raster = Object.values(sources)[0]!;
    expect(raster).toMatchObject({ type: 'raster', tileSize: 256 });
    expect(raster.tiles[0]).toBe(`${fixture.url}/map/tiles/{z}/{x}/{y}.png`);
  });

  it('draws 256×256 PNG tiles with darker edges, each tile different', async () => {
    const read = async (z: number, x: number, y: number) => {
      const { status, type, response } = await get(`/map/tiles/${z}/${x}/${y}.png`);
      expect(status).toBe(200);
      expect(type).toBe('image/png');
      return PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    };
    const tile = await read(12, 2103, 1461);
    expect([tile.width, tile.height]).toEqual([256, 256]);
    const brightness = (x: number, y: number) => {
      const offset = (y * 256 + x) * 4;
      return tile.data[offset]! + tile.data[offset + 1]! + tile.data[offset + 2]!;
    };
    expect(brightness(0, 128)).toBeLessThan(brightness(100, 200));
    const neighbour = await read(12, 2104, 1461);
    expect(Buffer.compare(tile.data, neighbour.data)).not.toBe(0);
    expect((await get('/map/tiles/2/4/0.png')).status).toBe(404);
  });

  it('keeps drawn tiles in memory', () => {
    const tiles = createTileCache(2);
    const first = tiles(3, 1, 2);
    expect(tiles(3, 1, 2)).toBe(first);
    tiles(3, 2, 2);
    tiles(3, 3, 2);
    expect(tiles(3, 1, 2)).not.toBe(first);
  });
});
