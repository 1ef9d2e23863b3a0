import { GeoError, type GeoErrorCode } from '@portail/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAddresses } from '../../../scripts/fixtures/ban/dataset.js';
import { startFixtureServer, type FixtureServer } from '../../../scripts/fixtures/server.js';
import { createBanGeocoder } from './geocoder.js';
import { closedPortUrl, recordingFetch } from '../../../scripts/fixtures/testing.js';

let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer({ port: 0 });
});
afterAll(() => fixture.close());

const geocoder = () => createBanGeocoder({ baseUrl: `${fixture.url}/ban`, timeoutMs: 2_000 });

async function failure(promise: Promise<unknown>): Promise<GeoErrorCode> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GeoError);
  return (error as GeoError).code;
}

function entry(street: string, housenumber?: string) {
  const found = loadAddresses().find(
    (address) => address.street === street && address.housenumber === housenumber,
  );
  if (!found) throw new Error(`${housenumber ?? ''} ${street} is not in the dataset`);
  return found;
}

describe('createBanGeocoder against the BAN fixture', () => {
  it('geocodes an exact address to its door', async () => {
    const vendome = entry('Rue Vendôme', '12');
    expect(await geocoder().geocode('12 rue Vendôme, 69006 Lyon')).toEqual({
      label: '12 Rue Vendôme 69006 Lyon',
      location: { lat: vendome.lat, lng: vendome.lon },
      precision: 'exact',
      postalCode: '69006',
      city: 'Lyon',
      score: expect.any(Number),
    });
  });

  it('reads abbreviations, missing accents and capitals as BAN does', async () => {
    const typed = await geocoder().geocode('8 BD DU PORT');
    expect(typed).toMatchObject({ label: '8 Boulevard du Port 80000 Amiens', precision: 'exact' });
    const abbreviated = await geocoder().geocode('4 crs franklin roosevelt lyon');
    expect(abbreviated?.label).toBe('4 Cours Franklin Roosevelt 69006 Lyon');
  });

  it('places a street without number, or with a number it does not know, on the street', async () => {
    const street = entry('Rue Vendôme');
    const named = await geocoder().geocode('rue Vendome Lyon');
    expect(named).toMatchObject({
      precision: 'street',
      location: { lat: street.lat, lng: street.lon },
    });
    const unknownNumber = await geocoder().geocode('230 rue Vendôme 69006 Lyon');
    expect(unknownNumber?.precision).toBe('street');
    expect(unknownNumber?.label).toBe('Rue Vendôme 69006 Lyon');
  });

  it('answers a postal code alone at postal-code precision', async () => {
    const result = await geocoder().geocode('69006');
    expect(result).toMatchObject({ precision: 'postalCode', postalCode: '69006', city: 'Lyon' });
  });

  it('answers a town at city precision', async () => {
    expect(await geocoder().geocode('Écully')).toMatchObject({
      precision: 'city',
      city: 'Écully',
      postalCode: '69130',
    });
  });

  it('restricts the search to the postal code given', async () => {
    const bordeaux = await geocoder().geocode('Place de la Comédie', { postalCode: '33000' });
    expect(bordeaux?.city).toBe('Bordeaux');
    const lyon = await geocoder().geocode('1 place de la Comédie', { postalCode: '69001' });
    expect(lyon).toMatchObject({ city: 'Lyon', precision: 'exact' });
    expect(await failure(geocoder().geocode('Lyon', { postalCode: '6900' }))).toBe('invalid-input');
  });

  it('returns null for an unknown address, and for a query too short to ask', async () => {
    expect(await geocoder().geocode('zzz rue qui n’existe pas')).toBeNull();
    const recorder = recordingFetch();
    const quiet = createBanGeocoder({ baseUrl: `${fixture.url}/ban`, fetch: recorder.fetch });
    expect(await quiet.geocode('  a ')).toBeNull();
    expect(recorder.urls).toEqual([]);
  });

  it('sends the normalised query, capped at 200 characters', async () => {
    const recorder = recordingFetch();
    const recording = createBanGeocoder({ baseUrl: `${fixture.url}/ban/`, fetch: recorder.fetch });
    await recording.geocode(`  12   rue Vendôme   Lyon ${'x'.repeat(300)}`);
    const sent = new URL(recorder.urls[0]!);
    expect(sent.pathname).toBe('/ban/search');
    expect(sent.searchParams.get('q')?.startsWith('12 rue Vendôme Lyon x')).toBe(true);
    expect(sent.searchParams.get('q')).toHaveLength(200);
  });

  it('says unreachable when BAN answers 503 or nothing listens', async () => {
    expect(await failure(geocoder().geocode('__fail__ 12 rue Vendôme'))).toBe('unreachable');
    const nowhere = createBanGeocoder({ baseUrl: `${await closedPortUrl()}/ban` });
    expect(await failure(nowhere.geocode('12 rue Vendôme Lyon'))).toBe('unreachable');
  });

  it('says bad-response for broken JSON, an HTML page or another shape', async () => {
    const answering = (body: string, status = 200) =>
      createBanGeocoder({
        baseUrl: 'http://ban.invalid',
        fetch: () => Promise.resolve(new Response(body, { status })),
      });
    expect(await failure(answering('{"type":"FeatureCollection","feat').geocode('Lyon'))).toBe(
      'bad-response',
    );
    expect(await failure(answering('<html>Bad gateway</html>', 200).geocode('Lyon'))).toBe(
      'bad-response',
    );
    expect(await failure(answering('{"results":[]}').geocode('Lyon'))).toBe('bad-response');
  });

  it('gives up with timeout when BAN does not answer in time', async () => {
    const impatient = createBanGeocoder({ baseUrl: `${fixture.url}/ban`, timeoutMs: 100 });
    expect(await failure(impatient.geocode('__slow__ 12 rue Vendôme'))).toBe('timeout');
  });
});
