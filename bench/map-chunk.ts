// The map's weight (C1): builds the client app into a temporary folder, finds the chunk holding
// mapbox-gl, prints its size (raw and gzip) with its CSS, and checks that nothing index.html loads
// eagerly (entry script, module preloads, style sheets) holds any of mapbox-gl's code.
//
//   node_modules/.bin/tsx bench/map-chunk.ts
//
// Needs `npx tsc -b packages/shared` first. Takes a minute or two (a full production build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Strings only mapbox-gl's bundle and style sheet carry.
const mapboxMarks = ['mapboxgl-canvas', 'mapbox-gl-js', 'MapboxGL'];

const out = mkdtempSync(join(tmpdir(), 'u-map-chunk-'));
try {
  const started = Date.now();
  execFileSync(
    'node_modules/.bin/vite',
    ['build', 'client-web', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
    { stdio: 'inherit' },
  );
  console.log(`build: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const assets = join(out, 'assets');
  const files = readdirSync(assets).filter((name) => /\.(js|css)$/.test(name));
  const holdsMapbox = (name: string) => {
    const text = readFileSync(join(assets, name), 'utf8');
    return mapboxMarks.some((mark) => text.includes(mark));
  };
  const mapFiles = files.filter(holdsMapbox);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  for (const name of mapFiles) {
    const bytes = readFileSync(join(assets, name));
    console.log(
      `map chunk ${name}: ${kb(statSync(join(assets, name)).size)} raw, ${kb(gzipSync(bytes).length)} gzip`,
    );
  }
  if (mapFiles.length === 0) console.log('map chunk: NOT FOUND (is mapbox-gl in the build?)');

  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const eager = [...html.matchAll(/(?:src|href)="\/?assets\/([^"]+\.(?:js|css))"/g)].map(
    (match) => match[1]!,
  );
  const eagerWithMapbox = eager.filter((name) => mapFiles.includes(name));
  const eagerBytes = eager.reduce(
    (sum, name) => sum + gzipSync(readFileSync(join(assets, name))).length,
    0,
  );
  console.log(`index.html loads eagerly: ${eager.join(', ')} (${kb(eagerBytes)} gzip in all)`);
  console.log(
    eagerWithMapbox.length === 0
      ? 'first screen holds no mapbox code: OK'
      : `first screen holds mapbox code: FAIL (${eagerWithMapbox.join(', ')})`,
  );
  if (eagerWithMapbox.length > 0 || mapFiles.length === 0) process.exitCode = 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
