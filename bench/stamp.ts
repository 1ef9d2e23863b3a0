// Stamping an unpaid dossier's PDF: speed and memory on the corpus's 206-page, 4 MB file.
//
//   node_modules/.bin/tsx bench/stamp.ts
//
// Each measurement runs in a child process of its own, so that its memory high-water mark is
// its own: peak RSS is getrusage's maxrss (the true high-water mark), and the heap (V8 heap +
// external + array buffers) is sampled every millisecond and at the end of each step (the stamp
// itself is synchronous, so the steps' ends are where most is alive). Both are reported above a
// baseline taken after the modules are loaded and before the file is read, as a multiple of the
// file size. Speed is the median of several runs in a warm process. The same is measured for
// the pdf-lib rewrite (the path for encrypted files and forms), for comparison. inspectPdf
// stamps the file and discards the result, so it costs about what stampPdf does.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(here), '..');
const file = path.resolve(repoRoot, '../shared/corpus/pdfs/linearized_with_object_streams.pdf');
const MB = 1024 * 1024;
const RUNS = 7;

type Mode = 'stamp' | 'inspect' | 'rewrite';
interface ChildReport {
  pages: number;
  outputBytes: number;
  timesMs: number[];
  rssPeak: number;
  rssBase: number;
  heapPeak: number;
  heapBase: number;
}

const heapNow = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};

const warmUpFile = path.resolve(repoRoot, '../shared/corpus/pdfs/derived_object_streams.pdf');

async function child(mode: Mode, runs: number): Promise<void> {
  const { stampPdfDetailed } = await import('../functions/src/files/stamp/stampPdf.js');
  const { inspectPdf } = await import('../functions/src/files/stamp/inspectPdf.js');
  const { stampByRewriting } = await import('../functions/src/files/stamp/rewriteStamp.js');
  const { stampText } = await import('../functions/src/files/stamp/stampText.js');
  const text = stampText('POUR CONSULTATION UNIQUEMENT');
  const once = async (bytes: Uint8Array) => {
    if (mode === 'inspect') {
      const result = await inspectPdf(bytes);
      if (!result.ok) throw new Error(result.message);
      return { pages: result.pages, outputBytes: 0 };
    }
    if (mode === 'stamp') {
      const output = await stampPdfDetailed(bytes);
      return { pages: output.pages, outputBytes: output.length };
    }
    const output = await stampByRewriting(bytes, text);
    return { pages: output.pages, outputBytes: output.bytes.length };
  };
  // The same code paths on a small file first, so that compiled code and pdf-lib's lazily
  // built tables count in the baseline, not in the file's cost.
  await once(readFileSync(warmUpFile));
  global.gc?.();
  const rssBase = process.resourceUsage().maxRSS * 1024;
  const heapBase = heapNow();
  let heapPeak = heapBase;
  const sample = () => (heapPeak = Math.max(heapPeak, heapNow()));
  const timer = setInterval(sample, 1);
  const bytes = readFileSync(file);
  const timesMs: number[] = [];
  let result = { pages: 0, outputBytes: 0 };
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    result = await once(bytes);
    timesMs.push(performance.now() - start);
    sample();
  }
  clearInterval(timer);
  const rssPeak = process.resourceUsage().maxRSS * 1024;
  const report: ChildReport = {
    ...result,
    timesMs,
    rssPeak,
    rssBase,
    heapPeak,
    heapBase,
  };
  process.send?.(report);
}

function measure(mode: Mode, runs: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const worker = fork(here, ['--child', mode, String(runs)], {
      execArgv: [...process.execArgv, '--expose-gc'],
    });
    worker.once('message', (report) => resolve(report as ChildReport));
    worker.once(
      'exit',
      (code) => code !== 0 && reject(new Error(`${mode} child exited with ${code}`)),
    );
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function main(): Promise<void> {
  const size = readFileSync(file).length;
  console.log(`file: ${path.basename(file)}, ${(size / MB).toFixed(2)} MB`);
  const memory = (r: ChildReport) =>
    `peak RSS +${((r.rssPeak - r.rssBase) / MB).toFixed(1)} MB = ${((r.rssPeak - r.rssBase) / size).toFixed(1)}× file ` +
    `(process total ${(r.rssPeak / MB).toFixed(0)} MB), heap high-water +${((r.heapPeak - r.heapBase) / MB).toFixed(1)} MB = ` +
    `${((r.heapPeak - r.heapBase) / size).toFixed(1)}× file`;
  for (const [label, mode] of [
    ['stampPdf (incremental update)', 'stamp'],
    ['inspectPdf', 'inspect'],
    ['pdf-lib rewrite (fallback for encryption, forms, broken xref)', 'rewrite'],
  ] as const) {
    // Speed: several runs in one warm process. Memory: one run in a fresh one.
    const speed = await measure(mode, mode === 'rewrite' ? 3 : RUNS);
    const single = await measure(mode, 1);
    const ms = median(speed.timesMs);
    const rate = mode === 'inspect' ? '' : `, ${Math.round(speed.pages / (ms / 1000))} pages/s`;
    const output = mode === 'inspect' ? '' : `, output ${(speed.outputBytes / MB).toFixed(2)} MB`;
    console.log(
      `${label}: ${speed.pages} pages, median ${ms.toFixed(0)} ms of ${speed.timesMs.length}${rate}${output}`,
    );
    console.log(`  one run: ${single.timesMs[0]!.toFixed(0)} ms, ${memory(single)}`);
  }
  console.log(
    'targets: ≥ 300 pages/s, peak ≤ 4× file (2-core machine; other processes may be running)',
  );
}

if (process.argv[2] === '--child') await child(process.argv[3] as Mode, Number(process.argv[4]));
else await main();
