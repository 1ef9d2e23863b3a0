import { describe, expect, it } from 'vitest';
import {
  AA_CONTRAST,
  contrastRatio,
  DARK_TEXT,
  LIGHT_TEXT,
  readableTextColour,
  relativeLuminance,
} from './contrast.js';

describe('contrast', () => {
  it('computes WCAG 2 luminance and ratios', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBe(1);
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    // #767676 is the classic lightest grey that passes AA on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(AA_CONTRAST);
  });

  it('puts white text on dark primary colours', () => {
    for (const primary of ['#1f3a5f', '#000000', '#7c1d1d', '#2563eb']) {
      expect(readableTextColour(primary)).toBe(LIGHT_TEXT);
    }
  });

  it('puts dark text on light primary colours', () => {
    for (const primary of ['#ffffff', '#fde047', '#a7f3d0', '#f59e0b', '#e2553d']) {
      expect(readableTextColour(primary)).toBe(DARK_TEXT);
    }
  });

  it('always picks the choice with the better ratio', () => {
    for (const primary of ['#808080', '#e2553d', '#3b82f6', '#10b981']) {
      const chosen = contrastRatio(readableTextColour(primary), primary);
      expect(chosen).toBe(
        Math.max(contrastRatio(LIGHT_TEXT, primary), contrastRatio(DARK_TEXT, primary)),
      );
    }
  });

  it('refuses a colour that is not #RRGGBB', () => {
    expect(() => relativeLuminance('red')).toThrow(/#RRGGBB/);
  });
});
