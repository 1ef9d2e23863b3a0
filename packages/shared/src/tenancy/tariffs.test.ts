import { describe, expect, it } from 'vitest';
import { TARIFFS_MAX_CHARS, tariffBlocks, tariffsInput } from './tariffs.js';

describe('tariffBlocks', () => {
  it('reads headings, lists, bold runs and paragraphs', () => {
    const blocks = tariffBlocks(
      '# Honoraires\n\nRecherche **sur mandat** :\nà la charge de l’acquéreur\n- Jusqu’à 200 000 € : **5 %**\n- Au-delà : 4 %\n## Autres',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, spans: [{ text: 'Honoraires', bold: false }] },
      {
        kind: 'paragraph',
        lines: [
          [
            { text: 'Recherche ', bold: false },
            { text: 'sur mandat', bold: true },
            { text: ' :', bold: false },
          ],
          [{ text: 'à la charge de l’acquéreur', bold: false }],
        ],
      },
      {
        kind: 'list',
        items: [
          [
            { text: 'Jusqu’à 200 000 € : ', bold: false },
            { text: '5 %', bold: true },
          ],
          [{ text: 'Au-delà : 4 %', bold: false }],
        ],
      },
      { kind: 'heading', level: 3, spans: [{ text: 'Autres', bold: false }] },
    ]);
  });
  it('keeps markup-looking text as text', () => {
    expect(tariffBlocks('<b>x</b> **open')).toEqual([
      { kind: 'paragraph', lines: [[{ text: '<b>x</b> **open', bold: false }]] },
    ]);
  });
});

describe('tariffsInput', () => {
  it('refuses more than 20,000 characters', () => {
    expect(tariffsInput.safeParse({ text: 'a'.repeat(TARIFFS_MAX_CHARS) }).success).toBe(true);
    expect(tariffsInput.safeParse({ text: 'a'.repeat(TARIFFS_MAX_CHARS + 1) }).success).toBe(false);
  });
});
