import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('./', import.meta.url);
const portals = ['seloger', 'bienici', 'leboncoin', 'feed'];

function testSources(directory: URL): string {
  return readdirSync(directory, { withFileTypes: true })
    .map((entry) => {
      if (entry.isDirectory() && entry.name !== 'fixtures')
        return testSources(new URL(`${entry.name}/`, directory));
      return entry.name.endsWith('.test.ts')
        ? readFileSync(new URL(entry.name, directory), 'utf8')
        : '';
    })
    .join('\n');
}

describe('fixtures', () => {
  const sources = testSources(root);

  it.each(portals)('every %s fixture is read by a test and named in its README', (portal) => {
    const folder = new URL(`fixtures/${portal}/`, root);
    const files = readdirSync(folder).filter((name) => name !== 'README.md');
    const readme = readFileSync(new URL('README.md', folder), 'utf8');
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) {
      expect(sources, `${portal}/${name} is not read by any test`).toContain(`'${name}'`);
      expect(readme, `${portal}/${name} is not described in the README`).toContain(`\`${name}\``);
    }
  });
});
