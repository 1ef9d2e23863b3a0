import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The packages a module loads when it is imported, following its static imports through the
 * functions' own files (`import type` and `import()` load nothing at that time).
 */
function staticPackages(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const statements = code.matchAll(
      /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm,
    );
    for (const [, specifier] of statements) {
      if (!specifier!.startsWith('.')) {
        packages.add(specifier!);
        continue;
      }
      const base = resolve(dirname(file), specifier!).replace(/\.js$/, '');
      const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(existsSync);
      if (target) visit(target);
    }
  };
  visit(entry);
  return packages;
}

describe('functions cold start', () => {
  it('does not load the PDF renderer: only the download handler imports it, when needed', () => {
    const atStart = staticPackages(join(src, 'index.ts'));
    expect(atStart.has('firebase-functions/v2/https')).toBe(true);
    expect(atStart.has('@react-pdf/renderer')).toBe(false);
    expect(atStart.has('react')).toBe(false);
    // The walk does see the renderer where it is statically imported.
    expect(staticPackages(join(src, 'pdfs', 'render.ts')).has('@react-pdf/renderer')).toBe(true);
  });
});
