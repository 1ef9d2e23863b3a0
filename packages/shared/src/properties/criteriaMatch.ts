import { normaliseWord } from '../search/keywords.js';

/**
 * How a property fits a client's search criteria (H1, H3), shown beside each client in the
 * "Affecter" dialog. Each criterion is `match`, `miss`, or `unknown` when the client has not set
 * it; the score is the share of set criteria the property meets (null when none is set), so a
 * client without criteria is not ranked as a bad fit.
 */
export const criterionNames = ['budget', 'rooms', 'surface', 'area'] as const;
export type CriterionName = (typeof criterionNames)[number];
export type CriterionOutcome = 'match' | 'miss' | 'unknown';

export interface CriteriaMatch {
  criteria: Record<CriterionName, CriterionOutcome>;
  matched: number;
  /** How many criteria the client has set. */
  known: number;
  /** matched / known, between 0 and 1; null when the client has set none. */
  score: number | null;
}

/** A client's criteria as stored; older documents may lack any of them. */
export interface SearchCriteria {
  budgetMax?: number | null;
  areas?: readonly string[] | null;
  roomsMin?: number | null;
  surfaceMin?: number | null;
}

export interface MatchedProperty {
  price: number;
  surface: number;
  rooms: number;
  address: { city: string; postalCode: string };
}

/** The three cities whose arrondissements have postal codes of their own. */
const arrondissementCities: Record<string, { prefix: string; count: number }> = {
  paris: { prefix: '75', count: 20 },
  lyon: { prefix: '69', count: 9 },
  marseille: { prefix: '13', count: 16 },
};

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10 };

/** I to XX, written the usual way (IV, not IIII); null for anything else. */
function fromRoman(text: string): number | null {
  if (!/^[ivx]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = romanValues[text[i]!]!;
    const next = romanValues[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total >= 1 && total <= 20 && toRoman(total) === text ? total : null;
}

function toRoman(value: number): string {
  const tens = 'x'.repeat(Math.floor(value / 10));
  const units = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'][value % 10]!;
  return tens + units;
}

/** "6e", "6ème", "6eme", "6", "1er", "VIe", "XVIème" → the arrondissement's number. */
function arrondissementNumber(token: string): number | null {
  const match = /^(\d{1,2}|[ivx]+)(e|eme|er|ere|iere|ieme)?$/.exec(token);
  if (!match) return null;
  const value = /^\d/.test(match[1]!) ? Number(match[1]) : fromRoman(match[1]!);
  return value !== null && value >= 1 && value <= 20 ? value : null;
}

/** Words of a place name without accents, case, hyphens or "arrondissement". */
function placeWords(text: string): string[] {
  return normaliseWord(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word && word !== 'arrondissement' && word !== 'arr' && word !== 'cedex');
}

/**
 * What an area names: a postal code ("69006"), a department ("69"), an arrondissement
 * ("Lyon 6e" → the postal codes of that arrondissement), or a town by its words.
 */
type Area =
  | { kind: 'postalCodes'; codes: string[] }
  | { kind: 'department'; code: string }
  | { kind: 'town'; words: string[] };

function parseArea(text: string): Area | null {
  const words = placeWords(text);
  if (words.length === 0) return null;
  // "69100", or "Villeurbanne (69100)": the postal code says it best.
  const codes = words.filter((word) => /^\d{5}$/.test(word));
  if (codes.length > 0) return { kind: 'postalCodes', codes };
  if (words.length === 1 && /^(\d{2}|2a|2b)$/.test(words[0]!)) {
    return { kind: 'department', code: words[0]! };
  }
  const city = arrondissementCities[words[0]!];
  if (city && words.length === 2) {
    const number = arrondissementNumber(words[1]!);
    if (number !== null && number <= city.count) {
      const code = `${city.prefix}0${String(number).padStart(2, '0')}`;
      // Paris 16e has two postal codes: 75016 and 75116.
      return {
        kind: 'postalCodes',
        codes: city.prefix === '75' && number === 16 ? [code, '75116'] : [code],
      };
    }
  }
  return { kind: 'town', words };
}

/** Whether the property's town starts with the area's words ("Tassin" is Tassin-la-Demi-Lune). */
function townMatches(areaWords: readonly string[], city: string): boolean {
  const cityWords = placeWords(city);
  // "Lyon 6e Arrondissement" as a town is Lyon: the arrondissement is the postal code's business.
  const base =
    cityWords.length === 2 &&
    arrondissementCities[cityWords[0]!] &&
    arrondissementNumber(cityWords[1]!)
      ? [cityWords[0]!]
      : cityWords;
  return areaWords.length <= base.length && areaWords.every((word, i) => base[i] === word);
}

function areaMatches(area: Area, property: MatchedProperty): boolean {
  const postalCode = property.address.postalCode.trim();
  switch (area.kind) {
    case 'postalCodes':
      return area.codes.includes(postalCode);
    case 'department':
      // Corsica's departments (2A, 2B) have postal codes starting with 20.
      return postalCode.startsWith(/^2[ab]$/.test(area.code) ? '20' : area.code);
    case 'town':
      return townMatches(area.words, property.address.city);
  }
}

/** Whether the property lies in one of the areas; unknown when the client named none. */
export function areaOutcome(
  areas: readonly string[] | null | undefined,
  property: MatchedProperty,
): CriterionOutcome {
  const parsed = (areas ?? []).map(parseArea).filter((area): area is Area => area !== null);
  if (parsed.length === 0) return 'unknown';
  return parsed.some((area) => areaMatches(area, property)) ? 'match' : 'miss';
}

const isSet = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export function criteriaMatch(
  criteria: SearchCriteria | null | undefined,
  property: MatchedProperty,
): CriteriaMatch {
  const c = criteria ?? {};
  const outcomes: Record<CriterionName, CriterionOutcome> = {
    budget: isSet(c.budgetMax) ? (property.price <= c.budgetMax ? 'match' : 'miss') : 'unknown',
    rooms: isSet(c.roomsMin) ? (property.rooms >= c.roomsMin ? 'match' : 'miss') : 'unknown',
    surface: isSet(c.surfaceMin)
      ? property.surface >= c.surfaceMin
        ? 'match'
        : 'miss'
      : 'unknown',
    area: areaOutcome(c.areas, property),
  };
  const values = Object.values(outcomes);
  const known = values.filter((outcome) => outcome !== 'unknown').length;
  const matched = values.filter((outcome) => outcome === 'match').length;
  return { criteria: outcomes, matched, known, score: known === 0 ? null : matched / known };
}
