// Which source files make up a built chunk: bytes of generated code attributed to each source
// through the chunk's source map, grouped by package. For budget investigations.
//   tsx bench/support/chunkSources.ts <chunk.js> [top]
import { readFileSync } from 'node:fs';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: chunkSources.ts <chunk.js> [top]');
const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
const lines = code.split('\n');
const bytes = new Map<string, number>();
let previous: { line: number; column: number; source: string } | null = null;
const charge = (until: { line: number; column: number }) => {
  if (!previous) return;
  let length = 0;
  if (until.line === previous.line) length = until.column - previous.column;
  else length = (lines[previous.line - 1]?.length ?? 0) - previous.column;
  bytes.set(previous.source, (bytes.get(previous.source) ?? 0) + Math.max(0, length));
};
eachMapping(map, (m) => {
  charge({ line: m.generatedLine, column: m.generatedColumn });
  previous = m.source
    ? { line: m.generatedLine, column: m.generatedColumn, source: m.source }
    : null;
});
const group = (source: string) => {
  const nm = source.lastIndexOf('node_modules/');
  if (nm < 0) return source.replace(/^(\.\.\/)+/, '');
  const rest = source.slice(nm + 13).split('/');
  return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
};
const grouped = new Map<string, number>();
for (const [source, n] of bytes) grouped.set(group(source), (grouped.get(group(source)) ?? 0) + n);
const total = code.length;
for (const [name, n] of [...grouped].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 25))) {
  console.log(
    `${(n / 1024).toFixed(1).padStart(7)} KB  ${((100 * n) / total).toFixed(1).padStart(5)} %  ${name}`,
  );
}
