// The unpaid-dossier download's cost (D3), as the download function pays it
// (functions/src/files/dossierFile.ts): the file read into memory as Storage's download() gives
// it, stamped by stampPdfDetailed, its parts written to the response one after the other.
// Prints pages per second and the time until the first byte can be written (Firestore reads
// aside), warm; and the peak memory of one download over the file's size, measured by the OS
// (maxRSS) in a fresh process per download, for that path and for the former one that joined
// the parts into one copy before sending. Targets: ≥ 300 pages/s, peak ≤ 4× the file.
// Run: node_modules/.bin/tsx bench/dossier-download.ts [runs]
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { stampByRewriting } from '../functions/src/files/stamp/rewriteStamp.js';
import { stampPdfDetailed } from '../functions/src/files/stamp/stampPdf.js';
import { STAMP_TEXT } from '../functions/src/files/stamp/stampContent.js';
import { stampText } from '../functions/src/files/stamp/stampText.js';

const file = '../shared/corpus/pdfs/linearized_with_object_streams.pdf';
/** A small PDF that loads and warms the same code without raising the process's peak. */
const warmUp = '../shared/corpus/pdfs/with_annots.pdf';
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function send(parts: Uint8Array[]): Promise<void> {
  const out = new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
  for (const part of parts) {
    if (!out.write(part)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
}

type Variant = 'parts' | 'joined' | 'rewrite';

/** The fallback for files the incremental update cannot take (encrypted, forms, broken xref). */
async function rewritten(bytes: Uint8Array) {
  const { bytes: out, pages } = await stampByRewriting(bytes, stampText(STAMP_TEXT));
  return { parts: [out], pages, method: 'rewrite' };
}

async function download(path: string, variant: Variant) {
  const joined = variant === 'joined';
  const started = performance.now();
  const bytes = await readFile(path);
  const stamped = variant === 'rewrite' ? await rewritten(bytes) : await stampPdfDetailed(bytes);
  const parts = joined ? [Buffer.concat(stamped.parts)] : stamped.parts;
  const firstByte = performance.now() - started;
  await send(parts);
  return { size: bytes.length, pages: stamped.pages, method: stamped.method, firstByte };
}

/** In a fresh process: one download's peak resident memory above the warm process's. */
async function child(variant: Variant) {
  await download(warmUp, variant);
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  const { size } = await download(file, variant);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ above: Math.max(0, peak - baseline), size }));
}

const mode = process.argv[2];
if (mode === '--child') {
  await child(process.argv[3] as Variant);
} else {
  const runs = Number(mode ?? 5);
  await download(file, 'parts');
  const times: number[] = [];
  let info = { size: 0, pages: 0, method: '' };
  for (let i = 0; i < runs; i++) {
    const run = await download(file, 'parts');
    times.push(run.firstByte);
    info = run;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`file: ${file} (${mb(info.size)}, ${info.pages} pages, ${info.method} stamp)`);
  console.log(
    `read + stamp, warm: median ${median.toFixed(0)} ms over ${runs} runs → ${((info.pages / median) * 1000).toFixed(0)} pages/s (target ≥ 300); first byte after ${median.toFixed(0)} ms`,
  );
  for (const [label, variant] of [
    ['parts written in turn (now)', 'parts'],
    ['parts joined into one copy (before)', 'joined'],
    ['pdf-lib rewrite (fallback: encrypted, forms, broken xref)', 'rewrite'],
  ] as const) {
    const peaks = Array.from({ length: runs }, () => {
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, process.argv[1]!, '--child', variant],
        { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--expose-gc' } },
      );
      return JSON.parse(out.trim().split('\n').at(-1)!) as { above: number; size: number };
    }).sort((a, b) => a.above - b.above);
    const medianPeak = peaks[Math.floor(peaks.length / 2)]!.above;
    console.log(
      `${label}: peak RSS of one download above the warm process, the file included: median ${mb(medianPeak)} = ${(medianPeak / info.size).toFixed(1)}× the file (min ${(peaks[0]!.above / info.size).toFixed(1)}×, max ${(peaks.at(-1)!.above / info.size).toFixed(1)}×, ${runs} processes; target ≤ 4×)`,
    );
  }
  console.log('visit-report PDF: see bench/pdf-render.ts');
}
