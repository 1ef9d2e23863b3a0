import { describe, expect, it } from 'vitest';
import { isPostalCodeQuery, parseBanResponse } from './ban.js';
import { GeoError } from './errors.js';

// Shapes and values as BAN publishes them (api-adresse.data.gouv.fr/search/).
function collection(query: string, features: unknown[]) {
  return {
    type: 'FeatureCollection',
    version: 'draft',
    features,
    attribution: 'BAN',
    licence: 'ETALAB-2.0',
    query,
    limit: 5,
  };
}

const duhesme = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [2.338562, 48.890787] },
  properties: {
    label: '18 Rue Duhesme 75018 Paris',
    score: 0.9806027272727271,
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
    importance: 0.78663,
    street: 'Rue Duhesme',
  },
};

const pyrenees = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [2.399262, 48.863656] },
  properties: {
    label: 'Rue des Pyrénées 75020 Paris',
    score: 0.680881818181818,
    id: '75120_7904_ef0889',
    name: 'Rue des Pyrénées',
    postcode: '75020',
    citycode: '75120',
    x: 655946,
    y: 6862750.5,
    city: 'Paris',
    context: '75, Paris, Île-de-France',
    type: 'street',
    importance: 0.4897,
  },
};

const universite = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [2.315207, 48.860861] },
  properties: {
    label: "Rue de l'Université 75007 Paris",
    score: 0.6781636363636363,
    citycode: '75107',
    context: '75, Paris, Île-de-France',
    postcode: '75007',
    name: "Rue de l'Université",
    id: '75107_XXXX_9c6a85',
    y: 6862531.9,
    importance: 0.4598,
    type: 'street',
    city: 'Paris',
    x: 649758.9,
  },
};

const paris1er = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [2.34787, 48.86227] },
  properties: {
    label: 'Paris 1er Arrondissement',
    score: 0.99,
    id: '75101',
    type: 'municipality',
    name: 'Paris 1er Arrondissement',
    postcode: '75001',
    citycode: '75101',
    x: 651367.05,
    y: 6862305.26,
    city: 'Paris',
    context: '75, Paris, Île-de-France',
    importance: 0.67897,
    municipality: 'Paris 1er Arrondissement',
  },
};

const saintGervais = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [6.717797, 45.872554] },
  properties: {
    id: '74236',
    type: 'municipality',
    score: 0.7060233310687971,
    name: 'Saint-Gervais-les-Bains',
    postcode: '74170',
    citycode: '74236',
    city: 'Saint-Gervais-les-Bains',
    context: '74, Haute-Savoie, Auvergne-Rhône-Alpes',
    label: 'Saint-Gervais-les-Bains',
    x: 988291.09,
    y: 6537109.01,
    importance: 0.37668,
    population: 5606,
  },
};

const amiensPort = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [2.290084, 49.897443] },
  properties: {
    label: '8 Boulevard du Port 80000 Amiens',
    score: 0.49159121588068583,
    housenumber: '8',
    id: '80021_6590_00008',
    name: '8 Boulevard du Port',
    postcode: '80000',
    citycode: '80021',
    city: 'Amiens',
    context: '80, Somme, Hauts-de-France',
    type: 'housenumber',
    street: 'Boulevard du Port',
  },
};

describe('parseBanResponse', () => {
  it('reads an exact address, with lat/lng out of the [lon, lat] geometry', () => {
    expect(parseBanResponse(collection('18 rue Duhesme', [duhesme]), '18 rue Duhesme')).toEqual([
      {
        label: '18 Rue Duhesme 75018 Paris',
        location: { lat: 48.890787, lng: 2.338562 },
        precision: 'exact',
        postalCode: '75018',
        city: 'Paris',
        score: 0.9806027272727271,
      },
    ]);
  });

  it('places a street-only answer at street precision', () => {
    const [result] = parseBanResponse(
      collection('rue des pyrenees', [pyrenees]),
      'rue des pyrenees',
    );
    expect(result?.precision).toBe('street');
    expect(result?.location).toEqual({ lat: 48.863656, lng: 2.399262 });
    const withCode = 'rue des Pyrénées 75020 Paris';
    expect(parseBanResponse(collection(withCode, [pyrenees]), withCode)[0]?.precision).toBe(
      'street',
    );
  });

  it('gives postal-code precision to a postal code query, whatever BAN matched it with', () => {
    const [byStreet] = parseBanResponse(collection('75007', [universite]), '75007');
    expect(byStreet?.precision).toBe('postalCode');
    expect(byStreet?.postalCode).toBe('75007');
    const [byDistrict] = parseBanResponse(collection('75001 Paris', [paris1er]), '75001 Paris');
    expect(byDistrict?.precision).toBe('postalCode');
  });

  it('places a town at city precision', () => {
    const [result] = parseBanResponse(
      collection('st gervais les bains', [saintGervais]),
      'st gervais les bains',
    );
    expect(result).toMatchObject({ precision: 'city', city: 'Saint-Gervais-les-Bains' });
  });

  it('keeps a low score for the caller to judge, in BAN order', () => {
    const results = parseBanResponse(
      collection('8 bd du port', [amiensPort, duhesme]),
      '8 bd du port',
    );
    expect(results.map((result) => result.score)).toEqual([
      0.49159121588068583, 0.9806027272727271,
    ]);
    expect(results[0]?.precision).toBe('exact');
  });

  it('treats an empty collection as no result', () => {
    expect(parseBanResponse(collection('zzzz', []), 'zzzz')).toEqual([]);
  });

  it('places a lieu-dit like a street', () => {
    const locality = {
      ...pyrenees,
      properties: {
        ...pyrenees.properties,
        type: 'locality',
        label: 'Les Charmettes 69130 Écully',
      },
    };
    expect(
      parseBanResponse(collection('les charmettes', [locality]), 'les charmettes')[0]?.precision,
    ).toBe('street');
  });

  it('leaves out a feature without postal code, and refuses a malformed one', () => {
    const { postcode: _postcode, ...withoutPostcode } = duhesme.properties;
    expect(
      parseBanResponse(collection('q', [{ ...duhesme, properties: withoutPostcode }]), 'q'),
    ).toEqual([]);
    const noGeometry = { ...duhesme, geometry: { type: 'Point', coordinates: ['2.3', 48] } };
    expect(() => parseBanResponse(collection('q', [noGeometry]), 'q')).toThrow(GeoError);
  });

  it('refuses what is not a FeatureCollection with a bad-response code', () => {
    try {
      parseBanResponse({ code: 400, message: 'Failed parsing query' }, 'q');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GeoError);
      expect((error as GeoError).code).toBe('bad-response');
    }
  });
});

describe('isPostalCodeQuery', () => {
  it('accepts a postal code alone or with its town or cedex', () => {
    expect(isPostalCodeQuery('69006', 'Lyon')).toBe(true);
    expect(isPostalCodeQuery('69006 lyon', 'Lyon')).toBe(true);
    expect(isPostalCodeQuery('75007 PARIS CEDEX', 'Paris')).toBe(true);
  });

  it('refuses a street, two postal codes or no postal code', () => {
    expect(isPostalCodeQuery('12 rue Vendôme 69006 Lyon', 'Lyon')).toBe(false);
    expect(isPostalCodeQuery('69006 69003', 'Lyon')).toBe(false);
    expect(isPostalCodeQuery('Lyon', 'Lyon')).toBe(false);
  });
});
