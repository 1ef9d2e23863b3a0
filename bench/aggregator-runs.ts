// A scheduled run of 200 saved searches across SeLoger, Bien'ici and LeBonCoin against the fixture
// server, the way the portals' queues run them: one throttle per portal shared by every search
// (one instance per portal queue), the searches of one portal one after the other, the three
// portals at once. Prints the wall time, the requests per portal and their rate against the
// configured limit (the highest count in any one-second window must not exceed it). The smallest
// gap between two sends is shown too: the throttle spaces the turns, and a send can leave its turn a
// few milliseconds late (the event loop parsing another portal's page), so two sends may be closer.
//
//   node_modules/.bin/tsx bench/aggregator-runs.ts [searches] [scale]
//
// The adapters' real delays (SeLoger 5 s, Bien'ici 2 s, LeBonCoin 10 s between two requests) would
// make this run last hours; `scale` (default 1/250) shrinks them in proportion: 20, 8 and 40 ms.
// Needs `npx tsc -b packages/shared` first. Starts its own fixture server on an ephemeral port.
import { dedupeListings, type Listing } from '@portail/shared';
import { startFixtureServer } from '../scripts/fixtures/server.js';
import { portalAdapters } from '../functions/src/aggregator/adapters.js';
import {
  searchPortal,
  defaultSearchLimits,
} from '../functions/src/aggregator/runner/searchPortal.js';
import { Throttle } from '../functions/src/aggregator/runner/throttle.js';
import { systemClock } from '../functions/src/aggregator/runner/clock.js';
import { portalHttpClient } from '../functions/src/aggregator/service/portalHttp.js';
import type { AggregatorConfig } from '../functions/src/aggregator/service/config.js';
import type { HttpClient } from '../functions/src/aggregator/types.js';

const searches = Number(process.argv[2] ?? 200);
const scale = Number(process.argv[3] ?? 1 / 250);
const fixture = await startFixtureServer({ port: 0 });
const config: AggregatorConfig = {
  baseUrls: Object.fromEntries(
    portalAdapters.map((adapter) => [adapter.portal, `${fixture.url}/portals/${adapter.portal}`]),
  ),
  limits: { ...defaultSearchLimits, userAgent: 'PortailImmoBot/1.0 (+bench)', maxRetries: 0 },
  fixtureDelayMs: undefined,
};
const postalCodes = ['75011', '75012', '75010', '75020', '69003', '33000'];

const sent: Record<string, number[]> = {};
const started = performance.now();
const outcomes = await Promise.all(
  portalAdapters.map(async (base) => {
    const delay = Math.round(base.minDelayMs * scale);
    const adapter = { ...base, minDelayMs: delay };
    const throttle = new Throttle(systemClock, delay);
    const times: number[] = (sent[adapter.portal] = []);
    const inner = portalHttpClient(adapter.portal, config);
    const http: HttpClient = (request) => {
      times.push(performance.now());
      return inner(request);
    };
    let listings = 0;
    let failures = 0;
    const found: Listing[] = [];
    for (let i = 0; i < searches; i++) {
      const criteria = {
        postalCodes: [postalCodes[i % postalCodes.length]!, '75011'],
        priceMax: 300_000 + (i % 10) * 50_000,
      };
      const outcome = await searchPortal(adapter, criteria, { http, throttle }, config.limits);
      listings += outcome.listings.length;
      if (outcome.error) failures++;
      found.push(...outcome.listings);
    }
    return { portal: adapter.portal, delay, listings, failures, found };
  }),
);
const wall = performance.now() - started;
const deduped = dedupeListings(outcomes.flatMap((outcome) => outcome.found));
await fixture.close();

console.log(`${searches} searches × ${outcomes.length} portals in ${(wall / 1000).toFixed(1)} s`);
for (const { portal, delay, listings, failures } of outcomes) {
  const times = sent[portal]!;
  const span = (times.at(-1)! - times[0]!) / 1000;
  let peak = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= 1000) start++;
    peak = Math.max(peak, end - start + 1);
  }
  const limit = 1000 / delay;
  let minGap = Infinity;
  for (let i = 1; i < times.length; i++) minGap = Math.min(minGap, times[i]! - times[i - 1]!);
  console.log(
    `${portal.padEnd(9)} ${String(times.length).padStart(5)} requests, ${(times.length / span).toFixed(1)} req/s average, ` +
      `peak ${peak} in 1 s, limit ${limit.toFixed(1)} req/s (${delay} ms apart; smallest gap ${minGap.toFixed(1)} ms) ` +
      `${peak <= Math.ceil(limit) ? 'OK' : 'EXCEEDED'}; ${listings} listings, ${failures} failed searches`,
  );
}
console.log(
  `de-duplicated: ${deduped.entries.length} inbox entries from ${outcomes.reduce((n, o) => n + o.listings, 0)} listings ` +
    `(${deduped.crossPortalMatches} joined across portals)`,
);
