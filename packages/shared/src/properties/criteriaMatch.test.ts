import { describe, expect, it } from 'vitest';
import { areaOutcome, criteriaMatch, type MatchedProperty } from './criteriaMatch.js';

const lyon6: MatchedProperty = {
  price: 620_000,
  surface: 98,
  rooms: 4,
  address: { city: 'Lyon', postalCode: '69006' },
};

const at = (city: string, postalCode: string): MatchedProperty => ({
  ...lyon6,
  address: { city, postalCode },
});

describe('criteriaMatch', () => {
  it('compares the price with the budget, the rooms and surface with their minimums', () => {
    const fits = criteriaMatch({ budgetMax: 650_000, roomsMin: 4, surfaceMin: 90 }, lyon6);
    expect(fits.criteria).toEqual({
      budget: 'match',
      rooms: 'match',
      surface: 'match',
      area: 'unknown',
    });
    const short = criteriaMatch({ budgetMax: 600_000, roomsMin: 5, surfaceMin: 99 }, lyon6);
    expect(short.criteria).toEqual({
      budget: 'miss',
      rooms: 'miss',
      surface: 'miss',
      area: 'unknown',
    });
  });

  it('counts a price equal to the budget and a surface equal to the minimum as a match', () => {
    const edge = criteriaMatch({ budgetMax: 620_000, surfaceMin: 98, roomsMin: 4 }, lyon6);
    expect(edge.criteria.budget).toBe('match');
    expect(edge.criteria.surface).toBe('match');
    expect(edge.criteria.rooms).toBe('match');
  });

  it('scores the share of the criteria set, and no score when none is', () => {
    const half = criteriaMatch(
      { budgetMax: 500_000, roomsMin: 3, surfaceMin: null, areas: ['Villeurbanne', 'Lyon 6e'] },
      lyon6,
    );
    expect(half).toMatchObject({ matched: 2, known: 3 });
    expect(half.score).toBeCloseTo(2 / 3);
    const none = criteriaMatch({ budgetMax: null, areas: [], roomsMin: null }, lyon6);
    expect(none).toEqual({
      criteria: { budget: 'unknown', rooms: 'unknown', surface: 'unknown', area: 'unknown' },
      matched: 0,
      known: 0,
      score: null,
    });
    expect(criteriaMatch(undefined, lyon6).score).toBeNull();
  });

  it('treats a minimum of zero as set, and met', () => {
    const zero = criteriaMatch({ roomsMin: 0 }, { ...lyon6, rooms: 0 });
    expect(zero.criteria.rooms).toBe('match');
    expect(zero.score).toBe(1);
  });
});

describe('areaOutcome', () => {
  it('matches a town whatever its accents, case and hyphens', () => {
    expect(areaOutcome(['ecully'], at('Écully', '69130'))).toBe('match');
    expect(areaOutcome(['TASSIN LA DEMI LUNE'], at('Tassin-la-Demi-Lune', '69160'))).toBe('match');
    expect(areaOutcome(['Tassin'], at('Tassin-la-Demi-Lune', '69160'))).toBe('match');
    expect(areaOutcome(['Villeurbanne'], at('Lyon', '69006'))).toBe('miss');
    // A town's first word alone is a prefix of the name, not a fragment of it.
    expect(areaOutcome(['Demi-Lune'], at('Tassin-la-Demi-Lune', '69160'))).toBe('miss');
  });

  it('matches a postal code, also written after a town, and a department', () => {
    expect(areaOutcome(['69006'], lyon6)).toBe('match');
    expect(areaOutcome(['69003'], lyon6)).toBe('miss');
    expect(areaOutcome(['Villeurbanne (69100)'], at('Villeurbanne', '69100'))).toBe('match');
    expect(areaOutcome(['69'], lyon6)).toBe('match');
    expect(areaOutcome(['75'], lyon6)).toBe('miss');
    expect(areaOutcome(['2A'], at('Ajaccio', '20000'))).toBe('match');
  });

  it('reads Lyon arrondissements as their postal codes, however they are written', () => {
    for (const area of [
      'Lyon 6e',
      'lyon 6ème',
      'Lyon 6eme',
      'Lyon 6',
      'Lyon VIe',
      'LYON 6e arr.',
    ]) {
      expect(areaOutcome([area], lyon6), area).toBe('match');
      expect(areaOutcome([area], at('Lyon', '69003')), area).toBe('miss');
    }
    expect(areaOutcome(['Lyon 3e'], at('Lyon 3e Arrondissement', '69003'))).toBe('match');
  });

  it('reads Paris and Marseille arrondissements, Paris 16e with both its postal codes', () => {
    expect(areaOutcome(['Paris 1er'], at('Paris', '75001'))).toBe('match');
    expect(areaOutcome(['Paris XVIème'], at('Paris', '75016'))).toBe('match');
    expect(areaOutcome(['Paris 16e'], at('Paris', '75116'))).toBe('match');
    expect(areaOutcome(['Paris 20e'], at('Paris', '75020'))).toBe('match');
    expect(areaOutcome(['Paris 6e'], lyon6)).toBe('miss');
    expect(areaOutcome(['Marseille 8e'], at('Marseille', '13008'))).toBe('match');
    expect(areaOutcome(['Marseille 8e'], at('Marseille', '13006'))).toBe('miss');
  });

  it('matches the whole city without an arrondissement, and refuses ones that do not exist', () => {
    expect(areaOutcome(['Lyon'], at('Lyon', '69003'))).toBe('match');
    expect(areaOutcome(['Lyon'], at('Lyon 3e Arrondissement', '69003'))).toBe('match');
    // Lyon has nine arrondissements: "Lyon 12e" is no postal code, and matches no Lyon address.
    expect(areaOutcome(['Lyon 12e'], at('Lyon', '69012'))).toBe('miss');
    expect(areaOutcome(['Paris IIII'], at('Paris', '75004'))).toBe('miss');
  });

  it('is unknown without areas, and matches when any one of them does', () => {
    expect(areaOutcome([], lyon6)).toBe('unknown');
    expect(areaOutcome(null, lyon6)).toBe('unknown');
    expect(areaOutcome(['  ', '-'], lyon6)).toBe('unknown');
    expect(areaOutcome(['Villeurbanne', 'Lyon 6e'], lyon6)).toBe('match');
  });
});
