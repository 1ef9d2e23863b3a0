// How many documents the Security Rules read per request, for the hottest queries.
//
//   node_modules/.bin/tsx bench/rules-reads.ts      (against the running local stack)
//
// Each query runs alone on a fresh project (`demo-rules-bench-…`) seeded with the rules-matrix
// fixture (tests/support/rules.ts). Loading the rules starts the project's coverage report
// (`GET /emulator/v1/projects/{p}:ruleCoverage`) from zero, and seeding with the rules disabled
// counts nothing, so after the one request the report holds exactly what its rules evaluation did.
// In the report, every `get()` / `exists()` call of firestore.rules is an expression with each
// value it evaluated to and how many times; its argument is an expression whose values are the
// paths it was called with. So for each query:
//
// - evaluations: how many times a get()/exists() call was evaluated (the same call inside a
//   function counts once per call of the function);
// - distinct documents: the distinct paths those calls read. Rules cache a document within a
//   request, so this is the number of document reads the request is billed for.
//
// docs/data-model.md sets the targets: one document per request for a client (its client
// document) and for staff (its member document); a collaborator of a tenant with "see only
// shared clients" also reads the settings and, under a client, the client document. The
// process exits with 1 when a query is denied or reads more than its target.
import { assertSucceeds } from '@firebase/rules-unit-testing';
import { serverTimestamp, setLogLevel } from 'firebase/firestore';
import {
  RulesHarness,
  assignmentIds,
  paths,
  rulesEnvironment,
  rulesFile,
  seedFixture,
  uids,
  type FixtureOptions,
  type RuleCase,
} from '../tests/support/rules.js';
import { host, ports } from '../tests/support/stack.js';

interface Query {
  slug: string;
  label: string;
  who: 'client' | 'staff';
  /** At most this many distinct documents read (docs/data-model.md). */
  target: number;
  fixture?: FixtureOptions;
  request: Omit<RuleCase, 'collection' | 'expect'>;
}

const queries: Query[] = [
  {
    slug: 'client-list-assignments',
    label: 'client lists published assignments of its space',
    who: 'client',
    target: 1,
    request: {
      actor: 'client',
      op: 'list',
      path: paths.space('c1', 'assignments'),
      where: [['published', '==', true]],
    },
  },
  {
    slug: 'client-get-assignment',
    label: 'client gets one assignment',
    who: 'client',
    target: 1,
    request: {
      actor: 'client',
      op: 'get',
      path: paths.space('c1', 'assignments', assignmentIds.new),
    },
  },
  {
    slug: 'client-list-messages',
    label: 'client lists messages ordered by createdAt',
    who: 'client',
    target: 1,
    request: {
      actor: 'client',
      op: 'list',
      path: paths.space('c1', 'messages'),
      orderBy: 'createdAt',
    },
  },
  {
    slug: 'client-get-client',
    label: 'client gets its client document',
    who: 'client',
    target: 1,
    request: { actor: 'client', op: 'get', path: paths.client('c1') },
  },
  {
    slug: 'client-list-appointments',
    label: 'client lists appointments',
    who: 'client',
    target: 1,
    request: { actor: 'client', op: 'list', path: paths.space('c1', 'appointments') },
  },
  {
    slug: 'client-create-message',
    label: 'client creates a message',
    who: 'client',
    target: 1,
    request: {
      actor: 'client',
      op: 'create',
      path: paths.space('c1', 'messages', 'bench'),
      data: {
        authorUid: uids.client,
        fromClient: true,
        text: 'Pouvons-nous visiter samedi ?',
        propertyId: assignmentIds.new,
        createdAt: serverTimestamp(),
      },
    },
  },
  {
    slug: 'client-update-assignment',
    label: 'client updates an assignment new→toVisit',
    who: 'client',
    target: 1,
    request: {
      actor: 'client',
      op: 'update',
      path: paths.space('c1', 'assignments', assignmentIds.new),
      data: {
        stage: 'toVisit',
        visitRequest: { availabilities: 'Samedi matin', at: serverTimestamp() },
        updatedAt: serverTimestamp(),
        lastMove: {
          from: 'new',
          to: 'toVisit',
          by: uids.client,
          byClient: true,
          at: serverTimestamp(),
        },
      },
    },
  },
  {
    slug: 'owner-list-clients',
    label: 'owner lists clients',
    who: 'staff',
    target: 1,
    request: { actor: 'owner', op: 'list', path: paths.clients() },
  },
  {
    slug: 'shared-only-list-assignments',
    label: 'collaborator (shared only) lists a shared client’s assignments',
    who: 'staff',
    target: 3,
    fixture: { sharedOnly: true },
    request: {
      actor: 'collaboratorSharedOnly',
      op: 'list',
      path: paths.space('c1', 'assignments'),
    },
  },
  {
    slug: 'shared-only-list-clients',
    label: 'collaborator (shared only) lists its shared clients',
    who: 'staff',
    target: 2,
    fixture: { sharedOnly: true },
    request: {
      actor: 'collaboratorSharedOnly',
      op: 'list',
      path: paths.clients(),
      where: [['sharedWith', 'array-contains', uids.collaborator]],
    },
  },
];

// ---- the coverage report ----------------------------------------------------------------------

interface Position {
  currentOffset?: string | number;
  endOffset?: string | number;
}
interface Observed {
  value: Record<string, unknown>;
  count: string | number;
}
interface Expression {
  sourcePosition: Position;
  values?: Observed[];
  children?: Expression[];
}
interface CoverageReport {
  rules: { files: Array<{ content: string }> };
  report?: Expression[];
}

export interface Reads {
  /** get()/exists() calls evaluated. */
  evaluations: number;
  /** The distinct documents they read, relative to the database. */
  documents: string[];
}

const DOCUMENT_CALL = /^(get|exists|getAfter|existsAfter)\(\s*$/;

/**
 * The document reads in a coverage report. A call is told from the member expressions around it
 * (`get(x).data` starts where it does) by its argument: its only child, which starts right after
 * the call's `(`. Offsets count code points; an expression's end is inclusive.
 */
export function documentReads(coverage: CoverageReport): Reads {
  const source = Array.from(coverage.rules.files[0]?.content ?? '');
  const offset = (value: string | number | undefined) => Number(value ?? 0);
  const reads: Reads = { evaluations: 0, documents: [] };
  const documents = new Set<string>();
  const stack = [...(coverage.report ?? [])];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.children ?? [];
    stack.push(...children);
    const [argument] = children;
    if (children.length !== 1 || !argument) continue;
    const start = offset(node.sourcePosition.currentOffset);
    const head = source.slice(start, offset(argument.sourcePosition.currentOffset)).join('');
    if (!DOCUMENT_CALL.test(head)) continue;
    for (const { value, count } of node.values ?? []) {
      // `{}`: `&&`, `||` or `?:` decided without evaluating the call.
      if (Object.keys(value).length > 0) reads.evaluations += Number(count);
    }
    for (const { value } of argument.values ?? []) {
      const path = value.pathValue as { segments?: Array<{ simple?: string }> } | undefined;
      const segments = (path?.segments ?? []).map((s) => s.simple ?? '*');
      // /databases/(default)/documents/…
      if (segments.length > 0) documents.add(segments.slice(3).join('/'));
    }
  }
  reads.documents = [...documents].sort();
  return reads;
}

async function coverageOf(projectId: string): Promise<CoverageReport> {
  const url = `http://${host}:${ports.firestore}/emulator/v1/projects/${projectId}:ruleCoverage`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as CoverageReport;
}

// ---- the run ----------------------------------------------------------------------------------

interface Row {
  query: Query;
  reads?: Reads;
  error?: string;
}

async function measure(query: Query): Promise<Row> {
  const projectId = `demo-rules-bench-${query.slug}`;
  const harness = new RulesHarness(await rulesEnvironment(projectId));
  try {
    await seedFixture(harness.env, query.fixture);
    const fresh = documentReads(await coverageOf(projectId));
    if (fresh.evaluations > 0) throw new Error('the coverage report did not start from zero');
    await assertSucceeds(harness.request({ ...query.request, collection: '', expect: 'allow' }));
    return { query, reads: documentReads(await coverageOf(projectId)) };
  } catch (error) {
    return { query, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await harness.cleanup();
  }
}

function render(rows: Row[]): string {
  const header = ['query', 'who', 'get/exists evaluated', 'distinct docs read', 'target', 'result'];
  const lines = rows.map(({ query, reads, error }) => [
    query.label,
    query.who,
    reads ? String(reads.evaluations) : '-',
    reads ? String(reads.documents.length) : '-',
    `≤ ${query.target}`,
    error ? `DENIED/ERROR: ${error}` : reads!.documents.length <= query.target ? 'ok' : 'OVER',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [row(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  out.push(...lines.map(row));
  out.push('', 'documents read per query:');
  for (const { query, reads } of rows) {
    if (reads) out.push(`  ${query.slug}: ${reads.documents.join(', ') || '(none)'}`);
  }
  return out.join('\n');
}

async function main() {
  setLogLevel('silent');
  console.log(
    `rules reads per request (${rulesFile}, Firestore emulator ${host}:${ports.firestore})`,
  );
  console.log('measured from each query’s own :ruleCoverage report; see the header of this file\n');
  const rows: Row[] = [];
  for (const query of queries) rows.push(await measure(query));
  console.log(render(rows));
  const failed = rows.filter((r) => r.error || r.reads!.documents.length > r.query.target);
  if (failed.length > 0) {
    console.log(`\n${failed.length} of ${rows.length} queries denied or over target`);
    process.exit(1);
  }
  console.log(`\nall ${rows.length} queries within target`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
