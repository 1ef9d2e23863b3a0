// Reads at scale: does a big agency cost more per screen than a small one?
//
//   npm run bench:scale      (against the running local stack: `npm start` first)
//
// Seeds (once; kept across runs) a bench tenant of 2,000 clients, 20,000 properties and 50,000
// assignments in a project of its own (`demo-bench-scale`, so no function fires), then runs, as an
// owner under firestore.rules, the queries the admin app makes for its heaviest screens and
// prints the documents each read — the documents returned, the rules' own read (the member
// document, cached within a request) and one read per 1,000 index entries of a count — and the
// time (median of 5). Then builds both apps and prints the gzip JavaScript of their first screens.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  collectionGroup,
  doc,
  getCountFromServer,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  setLogLevel,
  where,
  writeBatch,
  type Firestore,
  type Query,
} from 'firebase/firestore';
import {
  clientSearchFields,
  clientSnapshot,
  MAX_PRICE,
  pipelineStages,
  propertyStoredFields,
  propertyTypes,
  type PropertyFields,
  type PropertyRecord,
} from '@portail/shared';
import { host, ports } from '../tests/support/stack.js';

const projectId = 'demo-bench-scale';
const tenantId = 'bench';
const pool = 'pool-bench';
const ownerUid = 'bench-owner';
const sizes = { clients: 2_000, properties: 20_000, assignments: 50_000 };
const rowsPerPage = 25;
const t = `tenants/${tenantId}`;

setLogLevel('silent');

/** A deterministic pseudo-random sequence, so every run seeds the same tenant. */
function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

const cities = [
  ['Lyon', '69006'],
  ['Lyon', '69003'],
  ['Villeurbanne', '69100'],
  ['Écully', '69130'],
  ['Paris', '75011'],
  ['Bordeaux', '33000'],
] as const;
const adjectives = ['lumineux', 'traversant', 'rénové', 'calme', 'familial', 'atypique'];

function propertyFields(n: number): PropertyFields {
  const next = random(n + 1);
  const [city, postalCode] = cities[n % cities.length]!;
  const type = propertyTypes[n % 2]!;
  const rooms = 1 + Math.floor(next() * 6);
  return {
    title: `${type === 'house' ? 'Maison' : 'Appartement'} ${adjectives[n % adjectives.length]} n°${n}`,
    type,
    price: 100_000 + Math.floor(next() * 900_000),
    surface: 20 + Math.floor(next() * 180),
    rooms,
    bedrooms: Math.max(0, rooms - 1),
    description: 'Bien de test pour le banc de charge.',
    address: { street: `${n % 90} rue du Banc`, postalCode, city },
    addressPrecision: 'exact',
    energyRating: null,
    privateNote: '',
    sourceUrl: '',
    showSourceToClient: false,
  };
}

async function seeded(env: RulesTestEnvironment): Promise<boolean> {
  let done = false;
  await env.withSecurityRulesDisabled(async (context) => {
    const marker = await getDoc(doc(context.firestore(), `${t}/bench/marker`));
    done = JSON.stringify(marker.data()?.sizes) === JSON.stringify(sizes);
  });
  return done;
}

async function seed(env: RulesTestEnvironment) {
  const started = Date.now();
  await env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore();
    let batch = writeBatch(db);
    let pending = 0;
    const put = async (path: string, data: Record<string, unknown>) => {
      batch.set(doc(db, path), data);
      if (++pending === 450) {
        await batch.commit();
        batch = writeBatch(db);
        pending = 0;
      }
    };
    const now = Date.now();
    await put(t, { name: 'Agence Banc', slug: tenantId, plan: 'paid', authTenantId: pool });
    await put(`${t}/members/${ownerUid}`, {
      email: 'banc@example.test',
      displayName: 'Banc',
      role: 'owner',
      status: 'active',
      authTenantId: pool,
    });
    await put(`${t}/config/settings`, {
      rowsPerPage,
      language: 'fr',
      collaboratorsSeeSharedOnly: false,
      magicLinkSignIn: false,
    });
    const names: string[] = [];
    for (let c = 0; c < sizes.clients; c++) {
      const client = {
        firstName: `Prénom${c}`,
        lastName: `Nom${c}`,
        email: `client${c}@example.test`,
        phone: `06 ${String(c).padStart(8, '0')}`,
      };
      names.push(`${client.firstName} ${client.lastName}`);
      await put(`${t}/clients/c${c}`, {
        ...client,
        status: 'active',
        authTenantId: pool,
        loginUids: [],
        logins: {},
        sharedWith: [],
        criteria: { budgetMax: 500_000, areas: [], roomsMin: 2, surfaceMin: 40 },
        ...clientSearchFields(client),
        createdAt: new Date(now - c * 60_000),
        updatedAt: new Date(now - c * 60_000),
      });
    }
    const records: PropertyRecord[] = [];
    for (let p = 0; p < sizes.properties; p++) {
      const stored = {
        ...propertyStoredFields(propertyFields(p), {
          location: { lat: 45.76, lng: 4.85 },
          geocode: { label: 'banc', precision: 'exact', score: 1 },
        }),
        photos: [],
      };
      records.push(stored as PropertyRecord);
      await put(`${t}/properties/p${p}`, {
        ...stored,
        createdAt: new Date(now - p * 1000),
        updatedAt: new Date(now - p * 1000),
      });
    }
    for (let a = 0; a < sizes.assignments; a++) {
      const c = a % sizes.clients;
      const p = (a * 7919) % sizes.properties;
      await put(`${t}/clients/c${c}/assignments/p${p}`, {
        propertyId: `p${p}`,
        clientId: `c${c}`,
        tenantId,
        published: a % 3 !== 0,
        stage: pipelineStages[a % pipelineStages.length],
        rejectedReason: null,
        property: clientSnapshot(records[p]!),
        sourceUrl: null,
        clientName: names[c],
        sharedWith: [],
        lastMove: null,
        stageDates: {},
        createdAt: new Date(now - a * 500),
        updatedAt: new Date(now - a * 500),
      });
    }
    await put(`${t}/bench/marker`, { sizes });
    if (pending > 0) await batch.commit();
  });
  console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

interface Measure {
  label: string;
  bound: string;
  run: (db: Firestore) => Promise<{ documents: number; counts: number[] }>;
}

const propertiesPage = (db: Firestore, keyword?: string): Query =>
  query(
    collection(db, `${t}/properties`),
    ...(keyword ? [where('keywords', 'array-contains', keyword)] : []),
    where('price', '>=', 0),
    where('price', '<=', MAX_PRICE),
    where('surface', '>=', 0),
    where('rooms', '>=', 0),
    orderBy('createdAt', 'desc'),
    limit(rowsPerPage),
  );

const measures: Measure[] = [
  {
    label: 'properties list, first page',
    bound: `${rowsPerPage} + 1`,
    run: async (db) => ({ documents: (await getDocs(propertiesPage(db))).size, counts: [] }),
  },
  {
    label: 'properties search "lumineux"',
    bound: `${rowsPerPage} + 1`,
    run: async (db) => ({
      documents: (await getDocs(propertiesPage(db, 'lumineux'))).size,
      counts: [],
    }),
  },
  {
    label: 'clients list, search "nom1234"',
    bound: `${rowsPerPage} + 1`,
    run: async (db) => ({
      documents: (
        await getDocs(
          query(
            collection(db, `${t}/clients`),
            where('keywords', 'array-contains', 'nom1234'),
            where('status', 'in', ['added', 'invited', 'active', 'revoked']),
            orderBy('sortKey'),
            limit(rowsPerPage),
          ),
        )
      ).size,
      counts: [],
    }),
  },
  {
    label: 'client file (client, notes, 100 newest cards)',
    bound: '1 + 1 + 100 + 1',
    run: async (db) => {
      const [client, notes, cards] = await Promise.all([
        getDoc(doc(db, `${t}/clients/c42`)),
        getDoc(doc(db, `${t}/clients/c42/private/notes`)),
        getDocs(
          query(
            collection(db, `${t}/clients/c42/assignments`),
            orderBy('updatedAt', 'desc'),
            limit(100),
          ),
        ),
      ]);
      return {
        documents: Number(client.exists()) + Number(notes.exists()) + cards.size,
        counts: [],
      };
    },
  },
  {
    label: 'pipeline board (8 columns of 20, 8 counts)',
    bound: '8 × 20 + 8 counts + 1',
    run: async (db) => {
      const columns = await Promise.all(
        pipelineStages.map(async (stage) => {
          const base = query(
            collectionGroup(db, 'assignments'),
            where('tenantId', '==', tenantId),
            where('stage', '==', stage),
          );
          const [page, count] = await Promise.all([
            getDocs(query(base, orderBy('updatedAt', 'desc'), limit(20))),
            getCountFromServer(base),
          ]);
          return { size: page.size, count: count.data().count };
        }),
      );
      return {
        documents: columns.reduce((sum, column) => sum + column.size, 0),
        counts: columns.map((column) => column.count),
      };
    },
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function measureReads() {
  const env = await initializeTestEnvironment({
    projectId,
    firestore: { host, port: ports.firestore, rules: readFileSync('firestore.rules', 'utf8') },
  });
  if (!(await seeded(env))) await seed(env);
  const db = env
    .authenticatedContext(ownerUid, {
      tenantId,
      role: 'owner',
      firebase: { sign_in_provider: 'password', tenant: pool } as { sign_in_provider: 'password' },
    })
    // The test library types its instance with the compat SDK; it is the modular one underneath.
    .firestore() as unknown as Firestore;
  console.log(
    `\nTenant of ${sizes.clients} clients, ${sizes.properties} properties, ${sizes.assignments} assignments:`,
  );
  console.log('  documents read  bound                  median ms  screen');
  for (const measure of measures) {
    const times: number[] = [];
    let result = { documents: 0, counts: [] as number[] };
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      result = await measure.run(db);
      times.push(performance.now() - started);
    }
    // A count reads one index entry per 1,000 (Firestore's billing) and at least one.
    const countReads = result.counts.reduce((sum, n) => sum + Math.max(1, Math.ceil(n / 1000)), 0);
    const reads = result.documents + countReads + 1;
    console.log(
      `  ${String(reads).padStart(14)}  ${measure.bound.padEnd(22)} ${median(times).toFixed(0).padStart(9)}  ${measure.label}`,
    );
  }
  await env.cleanup();
}

/** The gzip JavaScript a page needs: its eager scripts and, for a route, its chunk's imports. */
function firstScreens() {
  console.log('\nJavaScript (gzip -9) of the first screens:');
  for (const [app, route] of [
    ['client-web', 'src/features/space/components/SpacePage.tsx'],
    ['admin-web', 'src/features/home/HomePage.tsx'],
  ] as const) {
    const out = mkdtempSync(join(tmpdir(), `${app}-`));
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', out, '--emptyOutDir', '--manifest', '--logLevel', 'error'],
      {
        cwd: app,
        stdio: 'inherit',
      },
    );
    const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string; imports?: string[]; dynamicImports?: string[] }
    >;
    const gz = (file: string) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
    const closure = (key: string, seen = new Set<string>()) => {
      if (seen.has(key) || !manifest[key]) return seen;
      seen.add(key);
      for (const imported of manifest[key]!.imports ?? []) closure(imported, seen);
      return seen;
    };
    const eager = closure('index.html');
    const kb = (keys: Set<string>) =>
      ([...keys].reduce((sum, key) => sum + gz(manifest[key]!.file), 0) / 1024).toFixed(0);
    // The signed-in first screen: the eager code, the Auth chunk and the home route's chunk.
    const signedIn = new Set(eager);
    for (const key of Object.keys(manifest)) {
      if (key.endsWith('auth/authSession.ts') || key.endsWith(route)) closure(key, signedIn);
    }
    console.log(
      `  ${app}: sign-in page ${kb(eager)} KB, first signed-in screen ${kb(signedIn)} KB`,
    );
    rmSync(out, { recursive: true, force: true });
  }
}

await measureReads();
firstScreens();
process.exit(0);
