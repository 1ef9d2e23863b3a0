import { describe, expect, it } from 'vitest';
import { houseSvg, parseIconPath } from './iconRequest.js';

describe('parseIconPath', () => {
  it('reads the sizes browsers ask for, maskable or not', () => {
    expect(parseIconPath('/icons/192.png')).toEqual({ size: 192, maskable: false });
    expect(parseIconPath('/icons/512-maskable.png')).toEqual({ size: 512, maskable: true });
    expect(parseIconPath('/icons/180.png')).toEqual({ size: 180, maskable: false });
  });

  it('refuses any other name', () => {
    for (const path of [
      '/icons/999.png',
      '/icons/192.jpg',
      '/icons/../192.png',
      '/192.png',
      '/icons/192.png/x',
    ]) {
      expect(parseIconPath(path)).toBeNull();
    }
  });
});

describe('houseSvg', () => {
  it('draws at the asked size; the maskable one fills the square', () => {
    const any = houseSvg('#123456', 192, false);
    expect(any).toContain('width="192" height="192"');
    expect(any).toContain('rx="6" fill="#123456"');
    const maskable = houseSvg('#123456', 512, true);
    expect(maskable).not.toContain('rx=');
    expect(maskable).toContain('scale(0.85)');
  });
});
