// What the home dashboard (H10) reads, at two agency sizes, against the running local stack.
//
//   node_modules/.bin/tsx bench/dashboard.ts [clients] [assignments]     (default 2000 50000)
//
// Seeds a project of its own (`demo-bench-dashboard`, where no trigger runs) with a small agency
// (a tenth of the size) and then the large one, and runs the dashboard's seven aggregation
// queries (admin-web/src/features/home/api/dashboardFigures.ts, with the Admin SDK) on each.
// Aggregations download no document: Firestore bills one read per batch of up to 1,000 index
// entries matched (at least one), which is what "billed reads" prints; "naive reads" is what
// reading the matched documents to count them in the browser would cost. Time is the emulator's.
import { performance } from 'node:perf_hooks';
import { AggregateField, getFirestore, type Query } from 'firebase-admin/firestore';
import { cashKeyOf, parisMonthOf, pipelineStages } from '@portail/shared';
import { adminApp, closeAdminApps } from '../tests/support/stack.js';

const bigClients = Number(process.argv[2] ?? 2000);
const bigAssignments = Number(process.argv[3] ?? 50_000);
const db = getFirestore(adminApp('demo-bench-dashboard'));

let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

async function seedTenant(tenantId: string, clients: number, assignments: number) {
  const { year, month } = parisMonthOf(Date.now());
  let batch = db.batch();
  let pending = 0;
  const put = async (path: string, data: Record<string, unknown>) => {
    batch.set(db.doc(path), data);
    if (++pending === 500) {
      await batch.commit();
      batch = db.batch();
      pending = 0;
    }
  };
  for (let p = 0; p < Math.max(50, clients / 10); p++) {
    await put(`tenants/${tenantId}/properties/p${p}`, { title: `Bien ${p}`, price: 300_000 });
  }
  for (let c = 0; c < clients; c++) {
    await put(`tenants/${tenantId}/clients/c${c}`, {
      status: random() < 0.7 ? 'active' : 'invited',
      sharedWith: random() < 0.5 ? ['collab'] : [],
      unreadForStaff: Math.floor(random() * 3),
    });
  }
  for (let a = 0; a < assignments; a++) {
    const client = `c${a % clients}`;
    const stage = pipelineStages[Math.floor(random() * pipelineStages.length)]!;
    await put(`tenants/${tenantId}/clients/${client}/assignments/p${a}`, {
      tenantId,
      stage,
      sharedWith: [],
    });
    if (['offer', 'offerAccepted', 'compromis', 'acte'].includes(stage)) {
      const cashMonth = 1 + Math.floor(random() * 12);
      await put(`tenants/${tenantId}/deals/${client}_p${a}`, {
        tenantId,
        sharedWith: [],
        stage,
        feeExclVat: 5000,
        series: stage === 'acte' ? 'cashed' : stage === 'compromis' ? 'invoiced' : 'expected',
        cashKey: cashKeyOf(year, random() < 0.5 ? month : cashMonth),
      });
    }
  }
  for (let d = 0; d < clients / 4; d++) {
    await put(`tenants/${tenantId}/dossiers/d${d}`, {
      clientId: `c${d}`,
      amount: 1500,
      paid: random() < 0.5,
    });
  }
  if (pending > 0) await batch.commit();
}

function figures(tenantId: string): Record<string, { query: Query; sum?: string }> {
  const { year, month } = parisMonthOf(Date.now());
  const tenant = db.doc(`tenants/${tenantId}`);
  const cards = (stage: string) =>
    db.collectionGroup('assignments').where('tenantId', '==', tenantId).where('stage', '==', stage);
  return {
    activeClients: { query: tenant.collection('clients').where('status', '==', 'active') },
    properties: { query: tenant.collection('properties') },
    visitsToPlan: { query: cards('toVisit') },
    offersInProgress: { query: cards('offer') },
    unreadMessages: { query: tenant.collection('clients'), sum: 'unreadForStaff' },
    feesThisMonth: {
      query: tenant
        .collection('deals')
        .where('cashKey', '==', cashKeyOf(year, month))
        .where('series', 'in', ['expected', 'invoiced']),
      sum: 'feeExclVat',
    },
    unpaidDossiers: {
      query: tenant.collection('dossiers').where('paid', '==', false),
      sum: 'amount',
    },
  };
}

async function measure(label: string, tenantId: string) {
  console.log(`\n${label}`);
  console.log('figure            value        matched  billed reads  naive reads  ms');
  let billed = 0;
  let naive = 0;
  for (const [name, { query, sum }] of Object.entries(figures(tenantId))) {
    const started = performance.now();
    const answer = await query
      .aggregate({
        matched: AggregateField.count(),
        ...(sum ? { total: AggregateField.sum(sum) } : {}),
      })
      .get();
    const ms = performance.now() - started;
    const { matched, total } = answer.data() as { matched: number; total?: number };
    const reads = Math.max(1, Math.ceil(matched / 1000));
    billed += reads;
    naive += matched;
    const value = sum ? (total ?? 0) : matched;
    console.log(
      `${name.padEnd(17)} ${String(value).padStart(9)} ${String(matched).padStart(10)} ${String(reads).padStart(13)} ${String(matched).padStart(12)}  ${ms.toFixed(0)}`,
    );
  }
  console.log(`total: ${billed} billed reads, 0 documents downloaded (naive: ${naive} reads)`);
}

const small = `bench-small-${Date.now().toString(36)}`;
const large = `bench-large-${Date.now().toString(36)}`;
let started = performance.now();
await seedTenant(small, bigClients / 10, bigAssignments / 10);
console.log(
  `seeded ${bigClients / 10} clients / ${bigAssignments / 10} assignments in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
started = performance.now();
await seedTenant(large, bigClients, bigAssignments);
console.log(
  `seeded ${bigClients} clients / ${bigAssignments} assignments in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
await measure(`${bigClients / 10} clients, ${bigAssignments / 10} assignments`, small);
await measure(`${bigClients} clients, ${bigAssignments} assignments`, large);
await closeAdminApps();
