import { describe, expect, it } from 'vitest';
import { parseHtml, readJsonParseAssignment } from './html.js';
import { decompressFromBase64 } from './lzString.js';
import { fixture } from '../testing/fakes.js';

describe('decompressFromBase64', () => {
  it('reads the state SeLoger compresses in its search page', () => {
    const page = parseHtml(fixture('seloger', 'search-page-1.html').body);
    const state = readJsonParseAssignment(page, '__UFRN_FETCHER__') as {
      data: Record<string, string>;
    };
    const packed = state.data['classified-serp-init-data']!;
    expect(packed.length).toBeGreaterThan(100);
    const text = decompressFromBase64(packed);
    const serp = JSON.parse(text!) as { pageProps: { totalCount: number; classifieds: string[] } };
    expect(serp.pageProps.totalCount).toBe(65);
    expect(serp.pageProps.classifieds).toEqual([
      '2KQ8ZR1FV9CE',
      '2KQ91LAU7XQ2',
      '2KQ93M0PB4ZT',
      '2KQ95AC3HN7W',
      '2KQ97TTX0ELU',
    ]);
  });

  it('decodes known lz-string outputs, accents and symbols included', () => {
    // Produced by lz-string 1.5.0's LZString.compressToBase64.
    expect(decompressFromBase64('EIewdgViCuBOA0ACUka0QQiA')).toBe('Bonjour, Bonjour !');
    expect(
      decompressFromBase64(
        'LIQwlgzg9gdgBAA7gNwKYwCYCdV0CgEcAzHAA5gAXAxqhADRwAsATAKxwAMncgNQQB0coSLEQp02XAEIgA==',
      ),
    ).toBe('Maison à vendre — 3 pièces, 425 000 €. Maison à vendre !');
  });

  it('refuses an empty input', () => {
    expect(decompressFromBase64('')).toBeNull();
  });
});
