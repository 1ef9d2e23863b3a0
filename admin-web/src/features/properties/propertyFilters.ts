import { MAX_PRICE, propertyTypes, type PropertyType } from '@portail/shared';

/** The list's filters and sort, kept in the address so that "back" from a property restores them. */
export const propertySorts = ['newest', 'priceAsc', 'priceDesc', 'surfaceDesc'] as const;
export type PropertySort = (typeof propertySorts)[number];

export interface PropertyFilters {
  search: string;
  type: PropertyType | '';
  priceMin: number;
  priceMax: number;
  surfaceMin: number;
  roomsMin: number;
  sort: PropertySort;
}

/** The text of the filter inputs, as typed. */
export interface FilterDraft {
  search: string;
  type: string;
  priceMin: string;
  priceMax: string;
  surfaceMin: string;
  roomsMin: string;
  sort: string;
}

export type NumberFilter = 'priceMin' | 'priceMax' | 'surfaceMin' | 'roomsMin';
export const numberFilters: readonly NumberFilter[] = [
  'priceMin',
  'priceMax',
  'surfaceMin',
  'roomsMin',
];

/** The neutral bound of each number filter: what an empty input means. */
const neutral: Record<NumberFilter, number> = {
  priceMin: 0,
  priceMax: MAX_PRICE,
  surfaceMin: 0,
  roomsMin: 0,
};

export const emptyDraft: FilterDraft = {
  search: '',
  type: '',
  priceMin: '',
  priceMax: '',
  surfaceMin: '',
  roomsMin: '',
  sort: 'newest',
};

/** "450 000", "450000", "98,5" → a number; '' → null; anything else → NaN. */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

export type FilterProblem = 'notANumber' | 'minAboveMax';

/** The filters a draft asks for, or which inputs are wrong (the list then keeps its last query). */
export function filtersOf(
  draft: FilterDraft,
):
  | { ok: true; filters: PropertyFilters }
  | { ok: false; problems: Partial<Record<NumberFilter, FilterProblem>> } {
  const problems: Partial<Record<NumberFilter, FilterProblem>> = {};
  const values = { ...neutral };
  for (const name of numberFilters) {
    const value = parseAmount(draft[name]);
    if (value === null) continue;
    if (Number.isNaN(value) || value > MAX_PRICE) problems[name] = 'notANumber';
    else values[name] = value;
  }
  if (!problems.priceMin && !problems.priceMax && values.priceMin > values.priceMax) {
    problems.priceMax = 'minAboveMax';
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    filters: {
      search: draft.search.trim(),
      type: (propertyTypes as readonly string[]).includes(draft.type)
        ? (draft.type as PropertyType)
        : '',
      ...values,
      sort: (propertySorts as readonly string[]).includes(draft.sort)
        ? (draft.sort as PropertySort)
        : 'newest',
    },
  };
}

const paramNames: Record<keyof FilterDraft, string> = {
  search: 'q',
  type: 'type',
  priceMin: 'prixMin',
  priceMax: 'prixMax',
  surfaceMin: 'surfaceMin',
  roomsMin: 'piecesMin',
  sort: 'tri',
};

export function draftFromParams(params: URLSearchParams): FilterDraft {
  const draft = { ...emptyDraft };
  for (const key of Object.keys(paramNames) as (keyof FilterDraft)[]) {
    draft[key] = params.get(paramNames[key]) ?? emptyDraft[key];
  }
  return draft;
}

export function paramsFromDraft(draft: FilterDraft): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(paramNames) as (keyof FilterDraft)[]) {
    const value = draft[key].trim();
    if (value && value !== emptyDraft[key]) params.set(paramNames[key], value);
  }
  return params;
}

export function hasFilters(draft: FilterDraft): boolean {
  return paramsFromDraft({ ...draft, sort: 'newest' }).size > 0;
}
