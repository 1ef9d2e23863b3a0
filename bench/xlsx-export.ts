// The streaming Excel export and the Analyses forecast, timed.
//
//   node_modules/.bin/tsx bench/xlsx-export.ts [rows…]      (no stack needed; default: 10000 50000)
//
// 1. An assignments export (the shared column definitions, 17 columns) of N generated rows through
//    writeXlsx into a file in a temp dir: wall time, file size, and the resident memory (RSS)
//    high-water mark, sampled every 10 ms during the run, next to the RSS before it; flat memory
//    shows as the same increase for every size. The first size through exceljs' in-memory
//    Workbook follows, as the reference the streaming writer avoids.
// 2. computeForecast over 10,000 random deals: the first run (cold JIT, Paris offsets not cached
//    yet), then the median of 30 runs after 5 warm-up runs.
// The load average is printed first: on a shared machine, times move with it (memory does not).
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import {
  computeForecast,
  exportDefinitions,
  exportRow,
  pipelineStages,
  type ExportRow,
  type ForecastDeal,
} from '@portail/shared';
import { writeXlsx } from '../functions/src/exports/writeXlsx.js';

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

// A fixed seed, so every run exports the same rows.
function randomSource(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

const cities = ['Lyon', 'Paris', 'Bordeaux', 'Nantes', 'Lille', 'Annecy', 'Marseille'];
const names = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand'];

function* assignmentRows(count: number): Generator<ExportRow> {
  const random = randomSource(7);
  const { columns } = exportDefinitions.assignments;
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < count; i++) {
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    const offerAt = start + Math.floor(random() * 700) * 86_400_000;
    yield exportRow(columns, {
      client: { firstName: `Prénom ${i}`, lastName: pick(names) },
      property: {
        title: `Appartement ${Math.ceil(random() * 5)} pièces, ${pick(cities)}`,
        city: pick(cities),
        price: Math.round(150_000 + random() * 900_000),
      },
      stage: pick(pipelineStages),
      published: random() > 0.3,
      offer: {
        amount: Math.round(140_000 + random() * 850_000),
        validUntil: offerAt + 7 * 86_400_000,
      },
      dates: { offerAcceptedAt: offerAt + 14 * 86_400_000, compromisAt: offerAt + 45 * 86_400_000 },
      fee: {
        amountExclVat: 9000,
        amountInclVat: 10_800,
        payer: random() > 0.8 ? 'seller' : 'client',
      },
      rejectedReason: random() > 0.9 ? 'Trop de travaux' : undefined,
      updatedAt: offerAt + 3_600_000,
    });
  }
}

/** Runs `work` while sampling RSS every 10 ms; returns its result, duration and RSS peak. */
async function measured<T>(work: () => Promise<T>) {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { result, ms, before, peak };
}

async function streamingExport(rows: number, dir: string): Promise<void> {
  const file = join(dir, `assignments-${rows}.xlsx`);
  const definition = exportDefinitions.assignments;
  const run = () =>
    writeXlsx(
      createWriteStream(file),
      { name: definition.sheetName, columns: definition.columns },
      assignmentRows(rows),
      'fr',
    );
  const { ms, before, peak } = await measured(run);
  const size = (await stat(file)).size;
  console.log(
    `streaming  ${rows.toLocaleString('en')} rows × ${definition.columns.length} cols: ${ms.toFixed(0)} ms ` +
      `(${Math.round((rows / ms) * 1000).toLocaleString('en')} rows/s), file ${mb(size)}, ` +
      `RSS ${mb(before)} before, peak ${mb(peak)} (+${mb(peak - before)})`,
  );
}

async function inMemoryExport(rows: number, dir: string): Promise<void> {
  const file = join(dir, `assignments-${rows}-in-memory.xlsx`);
  const { columns } = exportDefinitions.assignments;
  const { ms, before, peak } = await measured(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Biens proposés');
    sheet.addRow(columns.map((column) => column.header.fr));
    for (const row of assignmentRows(rows))
      sheet.addRow(columns.map((column) => row[column.id] ?? null));
    await workbook.xlsx.writeFile(file);
  });
  console.log(
    `in-memory  ${rows.toLocaleString('en')} rows (reference, untyped): ${ms.toFixed(0)} ms, ` +
      `RSS ${mb(before)} before, peak ${mb(peak)} (+${mb(peak - before)})`,
  );
}

function randomDeals(count: number): ForecastDeal[] {
  const random = randomSource(11);
  const start = Date.UTC(2024, 6, 1);
  const day = 86_400_000;
  return Array.from({ length: count }, (_, i) => {
    const offerAt = start + Math.floor(random() * 540 * day);
    const stage = pipelineStages[Math.floor(random() * pipelineStages.length)] ?? 'offer';
    const known = random();
    return {
      id: `deal-${i}`,
      fee: random() > 0.1 ? { amountExclVat: 9000, amountInclVat: 10_800, payer: 'client' } : null,
      stage,
      collaboratorUid: `uid-${i % 5}`,
      dates: {
        offerAt,
        ...(known > 0.3 ? { offerAcceptedAt: offerAt + 10 * day } : {}),
        ...(known > 0.5 ? { compromisAt: offerAt + 50 * day } : {}),
        ...(known > 0.7 ? { acteAt: offerAt + 170 * day } : {}),
      },
    };
  });
}

function forecastBench(): void {
  const deals = randomDeals(10_000);
  const first = performance.now();
  computeForecast(deals, { year: 2025 });
  const firstMs = performance.now() - first;
  for (let i = 0; i < 5; i++) computeForecast(deals, { year: 2025 });
  const runs: number[] = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    computeForecast(deals, { year: 2025 });
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)] ?? NaN;
  const filtered = performance.now();
  computeForecast(deals, { year: 2025, collaboratorUid: 'uid-2' });
  console.log(
    `forecast   10,000 deals: first run ${firstMs.toFixed(1)} ms, median of 30 ${median.toFixed(1)} ms ` +
      `(min ${runs[0]?.toFixed(1)}, max ${runs.at(-1)?.toFixed(1)}); one collaborator ` +
      `${(performance.now() - filtered).toFixed(1)} ms`,
  );
}

console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`,
);
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const dir = await mkdtemp(join(tmpdir(), 'xlsx-bench-'));
try {
  for (const rows of sizes.length ? sizes : [10_000, 50_000]) await streamingExport(rows, dir);
  await inMemoryExport(sizes[0] ?? 10_000, dir);
  forecastBench();
} finally {
  await rm(dir, { recursive: true, force: true });
}
