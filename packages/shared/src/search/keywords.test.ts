import { describe, expect, it } from 'vitest';
import { keywordsOf, matchesOthers, phoneDigits, searchTerms } from './keywords.js';

describe('keywords', () => {
  it('holds every prefix of every word, without accents or case', () => {
    const keywords = keywordsOf(['Appartement lumineux', 'Écully', '69130']);
    expect(keywords).toEqual(
      expect.arrayContaining([
        'ap',
        'app',
        'appartement',
        'lu',
        'lumineux',
        'ec',
        'ecully',
        '69',
        '691',
        '69130',
      ]),
    );
    expect(keywords).not.toContain('a');
    expect(new Set(keywords).size).toBe(keywords.length);
  });

  it('cuts long words at 15 letters, so that searching them still matches', () => {
    const keywords = keywordsOf(['Anticonstitutionnellement']);
    expect(keywords).toContain('anticonstitutio');
    expect(searchTerms('anticonstitutionnel')?.keyword).toBe('anticonstitutio');
  });

  it('searches by the longest word and checks the others on what was read', () => {
    expect(searchTerms('  T3 Lyon lumineux ')).toEqual({
      keyword: 'lumineux',
      others: ['t3', 'lyon'],
    });
    expect(searchTerms('é')).toBeNull();
    const doc = keywordsOf(['T3 lumineux', 'Lyon']);
    expect(matchesOthers(doc, ['t3', 'lyon'])).toBe(true);
    expect(matchesOthers(doc, ['villeurbanne'])).toBe(false);
  });

  it('reads a French phone number by its digits', () => {
    expect(phoneDigits('+33 6 12 34 56 78')).toBe('0612345678');
    expect(phoneDigits('06.12.34.56.78')).toBe('0612345678');
  });
});
