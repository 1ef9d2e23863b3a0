import { listingSourceKey, type Listing, type ListingPortal } from './listing.js';

/** Two asking prices within this share of the lower one can be the same property. */
export const SAME_PROPERTY_PRICE_TOLERANCE = 0.02;
/** Two surfaces within this many square metres can be the same property (rounding, Carrez vs total). */
export const SAME_PROPERTY_SURFACE_TOLERANCE_M2 = 2;

export interface ListingSourceRef {
  portal: ListingPortal;
  portalId: string;
  url: string;
}

/** An inbox entry stored by an earlier run: its key stays the entry's key as sources are added. */
export interface ExistingListingEntry {
  key: string;
  sources: ListingSourceRef[];
  /** What the entry looked like, so a new portal's copy of the property joins it. */
  listing?: Listing;
}

export interface DedupEntry {
  /** Stable and safe as a Firestore document id. */
  key: string;
  /** The entry's best view: its first source, with gaps filled from the others. */
  listing: Listing;
  /** Every source known for the property, stored ones included, sorted. */
  sources: ListingSourceRef[];
  /** True when no stored entry had any of these sources. */
  isNew: boolean;
}

export interface DedupResult {
  entries: DedupEntry[];
  /** Copies of a listing already seen with the same (portal, portalId). */
  repeatedListings: number;
  /** Listings joined to an entry of another portal. */
  crossPortalMatches: number;
}

// FNV-1a 64-bit: short, stable across runtimes (browser and Node), no dependency.
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The inbox key of an entry first seen through this source: same source, same key, every run. */
export function listingEntryKey(source: Pick<Listing, 'portal' | 'portalId'>): string {
  return `${source.portal}_${fnv1a64(listingSourceKey(source))}`;
}

const STREET_WORDS: Record<string, string> = {
  av: 'avenue',
  ave: 'avenue',
  bd: 'boulevard',
  bld: 'boulevard',
  blvd: 'boulevard',
  ch: 'chemin',
  imp: 'impasse',
  pl: 'place',
  r: 'rue',
  rte: 'route',
  st: 'saint',
  ste: 'sainte',
};

/** "12, Bd. Saint-Germain" and "12 boulevard saint germain" compare equal. */
export function normaliseStreetAddress(address: string): string {
  return address
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => STREET_WORDS[word] ?? word)
    .join(' ');
}

function sameLocation(a: Listing, b: Listing): boolean {
  let compared = false;
  if (a.address !== undefined && b.address !== undefined) {
    if (normaliseStreetAddress(a.address) !== normaliseStreetAddress(b.address)) return false;
    compared = true;
  }
  if (a.postalCode !== undefined && b.postalCode !== undefined) {
    if (a.postalCode !== b.postalCode) return false;
    compared = true;
  }
  return compared;
}

/**
 * Whether two listings of two portals describe one property: same place (postal code, and the
 * street when both give one), same type, prices within 2 % of the lower one, surfaces within
 * 2 m². Facts both state and that differ (room count, DPE label) rule the match out: in a dense
 * arrondissement many flats share a size and a price (bench/aggregator-parse.ts measures it). A
 * listing without price or surface is never merged: a wrong merge hides a property from the
 * hunter, a missed one only shows it twice.
 */
export function isSameProperty(a: Listing, b: Listing): boolean {
  if (a.portal === b.portal) return false;
  if (a.type !== b.type) return false;
  if (a.rooms !== undefined && b.rooms !== undefined && a.rooms !== b.rooms) return false;
  if (
    a.energyRating !== undefined &&
    b.energyRating !== undefined &&
    a.energyRating !== b.energyRating
  ) {
    return false;
  }
  if (a.price === undefined || b.price === undefined) return false;
  if (a.surface === undefined || b.surface === undefined) return false;
  const lower = Math.min(a.price, b.price);
  if (Math.abs(a.price - b.price) > lower * SAME_PROPERTY_PRICE_TOLERANCE) return false;
  if (Math.abs(a.surface - b.surface) > SAME_PROPERTY_SURFACE_TOLERANCE_M2) return false;
  return sameLocation(a, b);
}

const mergeableFields = [
  'price',
  'surface',
  'rooms',
  'bedrooms',
  'city',
  'postalCode',
  'address',
  'location',
  'description',
  'energyRating',
  'greenhouseRating',
  'publishedAt',
] as const satisfies readonly (keyof Listing)[];

function fillGaps(primary: Listing, others: readonly Listing[]): Listing {
  const merged: Listing = { ...primary, photos: [...primary.photos] };
  for (const other of others) {
    for (const field of mergeableFields) {
      if (merged[field] === undefined && other[field] !== undefined) {
        (merged as Record<string, unknown>)[field] = other[field];
      }
    }
    if (merged.photos.length === 0 && other.photos.length > 0) merged.photos = [...other.photos];
  }
  return merged;
}

interface Group {
  key: string;
  isNew: boolean;
  sources: Map<string, ListingSourceRef>;
  portals: Set<ListingPortal>;
  /** Listings the group is compared against: this run's members and the stored view. */
  references: Listing[];
  members: Listing[];
}

function blockingKeys(listing: Listing): string[] {
  const keys: string[] = [];
  if (listing.postalCode !== undefined) keys.push(`${listing.type}|pc|${listing.postalCode}`);
  if (listing.address !== undefined) {
    keys.push(`${listing.type}|ad|${normaliseStreetAddress(listing.address)}`);
  }
  return keys;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A2: one entry per property. The same (portal, portalId) is one listing; the same property on
 * two portals is one entry with both sources. Entries stored by earlier runs keep their key when
 * one of their sources comes back, so a re-run finds the same entry again; a deleted entry comes
 * back under the same key because keys derive from sources (A3). Listings are visited in source
 * key order, so the result does not depend on the order portals answered in.
 */
export function dedupeListings(
  listings: readonly Listing[],
  existing: readonly ExistingListingEntry[] = [],
): DedupResult {
  const bySource = new Map<string, Listing>();
  let repeatedListings = 0;
  for (const listing of listings) {
    const key = listingSourceKey(listing);
    const seen = bySource.get(key);
    if (seen === undefined) bySource.set(key, listing);
    else {
      repeatedListings++;
      bySource.set(key, fillGaps(seen, [listing]));
    }
  }

  const groups: Group[] = [];
  const groupOfSource = new Map<string, Group>();
  const index = new Map<string, Group[]>();
  const addToIndex = (group: Group, listing: Listing): void => {
    for (const blockKey of blockingKeys(listing)) {
      const bucket = index.get(blockKey);
      if (bucket === undefined) index.set(blockKey, [group]);
      else if (!bucket.includes(group)) bucket.push(group);
    }
  };

  for (const entry of existing) {
    const group: Group = {
      key: entry.key,
      isNew: false,
      sources: new Map(entry.sources.map((source) => [listingSourceKey(source), source])),
      portals: new Set(entry.sources.map((source) => source.portal)),
      references: entry.listing === undefined ? [] : [entry.listing],
      members: [],
    };
    groups.push(group);
    for (const sourceKey of group.sources.keys()) groupOfSource.set(sourceKey, group);
    if (entry.listing !== undefined) addToIndex(group, entry.listing);
  }

  const ordered = [...bySource.entries()].sort(([a], [b]) => byText(a, b));
  const unplaced: Listing[] = [];
  for (const [sourceKey, listing] of ordered) {
    const group = groupOfSource.get(sourceKey);
    if (group === undefined) unplaced.push(listing);
    else join(group, listing);
  }

  let crossPortalMatches = 0;
  for (const listing of unplaced) {
    const candidates = new Set<Group>();
    for (const blockKey of blockingKeys(listing)) {
      for (const group of index.get(blockKey) ?? []) candidates.add(group);
    }
    let best: { group: Group; gap: number } | undefined;
    for (const group of candidates) {
      if (group.portals.has(listing.portal)) continue;
      if (!group.references.every((reference) => isSameProperty(listing, reference))) continue;
      const gap = Math.min(
        ...group.references.map((reference) => Math.abs((reference.price ?? 0) - listing.price!)),
      );
      if (
        best === undefined ||
        gap < best.gap ||
        (gap === best.gap && byText(group.key, best.group.key) < 0)
      ) {
        best = { group, gap };
      }
    }
    if (best !== undefined) {
      crossPortalMatches++;
      join(best.group, listing);
    } else {
      const group: Group = {
        key: listingEntryKey(listing),
        isNew: true,
        sources: new Map(),
        portals: new Set(),
        references: [],
        members: [],
      };
      groups.push(group);
      join(group, listing);
    }
  }

  function join(group: Group, listing: Listing): void {
    const sourceKey = listingSourceKey(listing);
    group.sources.set(sourceKey, {
      portal: listing.portal,
      portalId: listing.portalId,
      url: listing.url,
    });
    group.portals.add(listing.portal);
    group.members.push(listing);
    group.references.push(listing);
    groupOfSource.set(sourceKey, group);
    addToIndex(group, listing);
  }

  const entries = groups
    .filter((group) => group.members.length > 0)
    .map((group): DedupEntry => {
      const members = [...group.members].sort((a, b) =>
        byText(listingSourceKey(a), listingSourceKey(b)),
      );
      const [primary, ...others] = members as [Listing, ...Listing[]];
      const sources = [...group.sources.entries()]
        .sort(([a], [b]) => byText(a, b))
        .map(([, source]) => source);
      return { key: group.key, listing: fillGaps(primary, others), sources, isNew: group.isNew };
    })
    .sort((a, b) => byText(a.key, b.key));

  return { entries, repeatedListings, crossPortalMatches };
}
