// Parse and de-duplicate 10,000 listings the way a scheduled aggregator run would.
//
//   node_modules/.bin/tsx bench/aggregator-parse.ts [count]
//
// Pages are generated from the saved portal fixtures (functions/src/aggregator/fixtures), each
// entry a variation of a fixture entry: the shapes are the portals' own, the values vary. A
// quarter of the properties are put on two or three portals with a slightly different price and
// surface, as agencies do, so de-duplication has real work. Prints parsing and de-duplication
// throughput and the peak memory seen. Needs `npx tsc -b packages/shared` first.
import { readFileSync } from 'node:fs';
import { dedupeListings, type Listing } from '@portail/shared';
import { bieniciAdapter } from '../functions/src/aggregator/bienici/adapter.js';
import { createFeedAdapter } from '../functions/src/aggregator/feed/adapter.js';
import { leboncoinAdapter } from '../functions/src/aggregator/leboncoin/adapter.js';
import { selogerAdapter } from '../functions/src/aggregator/seloger/adapter.js';
import type { HttpResponse, PortalAdapter } from '../functions/src/aggregator/types.js';

const total = Number(process.argv[2] ?? 10_000);
const fixtures = new URL('../functions/src/aggregator/fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;

// Deterministic pseudo-random numbers, so two runs measure the same work.
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

interface Property {
  id: number;
  postalCode: string;
  city: string;
  price: number;
  surface: number;
  rooms: number;
  energy: string;
  kind: 'flat' | 'house';
}
const places = Array.from({ length: 40 }, (_, i) => ({
  postalCode: String(75001 + (i % 20)).padStart(5, '0'),
  city: i < 20 ? `Paris ${(i % 20) + 1}e` : `Lyon ${(i % 9) + 1}e`,
})).map((place, i) => (i < 20 ? place : { ...place, postalCode: `6900${(i % 9) + 1}` }));
const properties: Property[] = Array.from({ length: Math.ceil(total * 0.8) }, (_, id) => {
  const place = pick(places);
  const surface = 15 + Math.round(random() * 150);
  return {
    id,
    ...place,
    surface,
    price: Math.round(surface * (6_000 + random() * 6_000)),
    rooms: Math.max(1, Math.round(surface / 22 + (random() - 0.5) * 2)),
    energy: pick(['A', 'B', 'C', 'D', 'D', 'E', 'E', 'F', 'G']),
    kind: random() < 0.8 ? 'flat' : 'house',
  };
});
/** The same property on another portal: price within 1 %, surface within 1 m². */
const variant = (p: Property) => ({
  ...p,
  price: Math.round(p.price * (1 + (random() - 0.5) * 0.02)),
  surface: p.surface + Math.round((random() - 0.5) * 2),
});

const portals = ['seloger', 'bienici', 'leboncoin', 'feed'] as const;
const perPortal: Record<(typeof portals)[number], Property[]> = {
  seloger: [],
  bienici: [],
  leboncoin: [],
  feed: [],
};
let placed = 0;
for (const property of properties) {
  if (placed >= total) break;
  const copies = random() < 0.25 ? 2 + Math.floor(random() * 2) : 1;
  const chosen = [...portals].sort(() => random() - 0.5).slice(0, Math.min(copies, total - placed));
  for (const [index, portal] of chosen.entries()) {
    perPortal[portal].push(index === 0 ? property : variant(property));
    placed++;
  }
}

const bieniciAd = (
  json('bienici/search-page-1.json').realEstateAds as Record<string, unknown>[]
)[0]!;
const lbcAd = (json('leboncoin/search-api.json').ads as Record<string, unknown>[])[0]!;
const lbcAttributes = lbcAd.attributes as { key: string }[];
const selogerState = read('seloger/search-page-3-plain.html');
const selogerClassified = (() => {
  const literal = selogerState.match(/JSON\.parse\((".*")\);<\/script>/)![1]!;
  const state = JSON.parse(JSON.parse(literal) as string) as {
    data: {
      'classified-serp-init-data': {
        pageProps: { classifiedsData: Record<string, Record<string, unknown>> };
      };
    };
  };
  return Object.values(state.data['classified-serp-init-data'].pageProps.classifiedsData)[0]!;
})();
const feedMember = (
  json('feed/search-page-1.json')['hydra:member'] as Record<string, unknown>[]
)[0]!;

const ok = (body: string): HttpResponse => ({ status: 200, headers: {}, body });
const pages: { adapter: PortalAdapter; response: HttpResponse }[] = [];
const chunk = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  );

for (const batch of chunk(perPortal.bienici, 24)) {
  const ads = batch.map((p) => ({
    ...bieniciAd,
    id: `bench-${p.id}`,
    price: p.price,
    surfaceArea: p.surface,
    roomsQuantity: p.rooms,
    propertyType: p.kind,
    energyClassification: p.energy,
    postalCode: p.postalCode,
    city: p.city,
  }));
  pages.push({
    adapter: bieniciAdapter,
    response: ok(JSON.stringify({ total: 1e6, from: 0, perPage: 24, realEstateAds: ads })),
  });
}
for (const batch of chunk(perPortal.leboncoin, 35)) {
  const ads = batch.map((p) => ({
    ...lbcAd,
    list_id: 4_000_000_000 + p.id,
    url: `https://www.leboncoin.fr/ad/ventes_immobilieres/${4_000_000_000 + p.id}`,
    price: [p.price],
    price_cents: p.price * 100,
    location: { ...(lbcAd.location as object), zipcode: p.postalCode, city: p.city },
    attributes: lbcAttributes.map((attribute) =>
      attribute.key === 'square'
        ? { ...attribute, value: String(p.surface) }
        : attribute.key === 'rooms'
          ? { ...attribute, value: String(p.rooms) }
          : attribute.key === 'real_estate_type'
            ? { ...attribute, value: p.kind === 'flat' ? '2' : '1' }
            : attribute.key === 'energy_rate'
              ? { ...attribute, value: p.energy.toLowerCase() }
              : attribute,
    ),
  }));
  pages.push({
    adapter: leboncoinAdapter,
    response: ok(JSON.stringify({ total: 1e6, max_pages: 1e4, ads })),
  });
}
for (const batch of chunk(perPortal.seloger, 30)) {
  const classifieds = batch.map((p) => ({
    ...selogerClassified,
    id: `B${p.id}X`,
    url: `https://www.seloger.com/annonce/achat/ile-de-france/paris-75/paris-75/B${p.id}X`,
    location: { address: { city: p.city, zipCode: p.postalCode } },
    energyClass: p.energy,
    rawData: {
      distributionType: 'BUY',
      price: p.price,
      nbroom: p.rooms,
      surface: { main: p.surface },
      propertyType: p.kind === 'flat' ? 'APARTMENT' : 'HOUSE',
    },
  }));
  const serp = {
    pageProps: {
      classifieds: classifieds.map((c) => c.id),
      classifiedsData: Object.fromEntries(classifieds.map((c) => [c.id, c])),
      totalCount: 1e6,
    },
  };
  const literal = JSON.stringify(JSON.stringify({ data: { 'classified-serp-init-data': serp } }));
  pages.push({
    adapter: selogerAdapter,
    response: ok(
      `<!DOCTYPE html><html><head><title>SeLoger</title></head><body><main></main><script id="__UFRN_FETCHER__">window["__UFRN_FETCHER__"]=JSON.parse(${literal});</script></body></html>`,
    ),
  });
}
const feed = createFeedAdapter({ baseUrl: 'https://api.notif.immo', apiKey: 'bench' });
for (const batch of chunk(perPortal.feed, 30)) {
  const members = batch.map((p) => ({
    ...feedMember,
    uuid: `bench-${p.id}`,
    price: p.price,
    surface: p.surface,
    room: p.rooms,
    energy: { category: p.energy },
    propertyType: p.kind === 'flat' ? 0 : 1,
    city: { name: p.city, zipcode: p.postalCode },
  }));
  pages.push({
    adapter: feed,
    response: ok(JSON.stringify({ 'hydra:member': members, 'hydra:totalItems': 1e6 })),
  });
}

const inputBytes = pages.reduce((sum, page) => sum + page.response.body.length, 0);
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const memory = process.memoryUsage();
  peakRss = Math.max(peakRss, memory.rss);
  peakHeap = Math.max(peakHeap, memory.heapUsed);
};

sample();
const parseStart = performance.now();
const listings: Listing[] = [];
const parseMsByPortal = new Map<string, number>();
let skipped = 0;
for (const [index, page] of pages.entries()) {
  const started = performance.now();
  const result = page.adapter.parseSearchPage(page.response, 1);
  const portal = page.adapter.portal;
  parseMsByPortal.set(portal, (parseMsByPortal.get(portal) ?? 0) + performance.now() - started);
  listings.push(...result.listings);
  skipped += result.skipped;
  if (index % 10 === 0) sample();
}
const parseMs = performance.now() - parseStart;
sample();

const dedupStart = performance.now();
const result = dedupeListings(listings);
const dedupMs = performance.now() - dedupStart;
sample();

// Which generated property each listing came from (its number is in every id).
const propertyOf = (listing: { portalId: string }) =>
  Number(listing.portalId.replace(/\D/g, '')) % 4_000_000_000;
const generatedCopies =
  placed -
  new Set(
    Object.values(perPortal)
      .flat()
      .map((p) => p.id),
  ).size;
let wrongMerges = 0;
let missedCopies = 0;
for (const entry of result.entries) {
  if (new Set(entry.sources.map(propertyOf)).size > 1) wrongMerges++;
}
const entriesOfProperty = new Map<number, Set<string>>();
for (const entry of result.entries) {
  for (const source of entry.sources) {
    const id = propertyOf(source);
    entriesOfProperty.set(id, (entriesOfProperty.get(id) ?? new Set()).add(entry.key));
  }
}
for (const keys of entriesOfProperty.values()) missedCopies += keys.size - 1;

// A re-run against the stored entries: every source must find its entry again.
const stored = result.entries.map(({ key, sources, listing }) => ({ key, sources, listing }));
const rerunStart = performance.now();
const rerun = dedupeListings(listings, stored);
const rerunMs = performance.now() - rerunStart;
sample();

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const perSecond = (count: number, ms: number) =>
  Math.round((count / ms) * 1000).toLocaleString('en-US');
console.log(
  `pages: ${pages.length} (${mb(inputBytes)} MB of responses), listings parsed: ${listings.length}, skipped: ${skipped}`,
);
for (const portal of portals) {
  const count = listings.filter((listing) => listing.portal === portal).length;
  const ms = parseMsByPortal.get(portal) ?? 0;
  console.log(
    `  ${portal.padEnd(9)} ${String(count).padStart(5)} listings, ${ms.toFixed(0).padStart(5)} ms, ${perSecond(count, ms)} listings/s`,
  );
}
console.log(`parse:  ${parseMs.toFixed(0)} ms, ${perSecond(listings.length, parseMs)} listings/s`);
console.log(
  `dedup:  ${dedupMs.toFixed(0)} ms, ${perSecond(listings.length, dedupMs)} listings/s -> ${result.entries.length} entries, ${result.crossPortalMatches} cross-portal joins`,
);
console.log(
  `        generated copies on other portals: ${generatedCopies}; entries mixing two generated properties: ${wrongMerges}; copies left apart: ${missedCopies}`,
);
console.log(
  `re-run: ${rerunMs.toFixed(0)} ms, ${rerun.entries.filter((entry) => !entry.isNew).length}/${rerun.entries.length} entries found again`,
);
console.log(`peak memory: rss ${mb(peakRss)} MB, heap used ${mb(peakHeap)} MB`);
