import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderIcon } from './renderIcon.js';

async function pixel(png: Buffer, x: number, y: number) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return { info, rgba: [...data.subarray(at, at + info.channels)] };
}

describe('renderIcon', () => {
  it('draws the house in the tenant’s colour at the asked size', async () => {
    const png = await renderIcon({ size: 192, maskable: false }, '#0a7d5a', null);
    const { info, rgba } = await pixel(png, 20, 96);
    expect([info.width, info.height]).toEqual([192, 192]);
    expect(rgba.slice(0, 3)).toEqual([0x0a, 0x7d, 0x5a]);
    // The rounded corner is transparent; the house, white.
    expect((await pixel(png, 0, 0)).rgba[3]).toBe(0);
    expect((await pixel(png, 72, 120)).rgba.slice(0, 3)).toEqual([255, 255, 255]);
  });

  it('fills the square of a maskable icon', async () => {
    const png = await renderIcon({ size: 512, maskable: true }, '#6b2d8c', null);
    expect((await pixel(png, 0, 0)).rgba).toEqual([0x6b, 0x2d, 0x8c, 255]);
  });

  it('draws the logo when there is one, on white inside the safe zone when maskable', async () => {
    const logo = await sharp({
      create: { width: 300, height: 100, channels: 3, background: '#ff0000' },
    })
      .png()
      .toBuffer();
    const any = await renderIcon({ size: 192, maskable: false }, '#0a7d5a', logo);
    expect((await pixel(any, 96, 96)).rgba).toEqual([255, 0, 0, 255]);
    expect((await pixel(any, 96, 5)).rgba[3]).toBe(0);
    const maskable = await renderIcon({ size: 512, maskable: true }, '#0a7d5a', logo);
    expect((await pixel(maskable, 256, 256)).rgba).toEqual([255, 0, 0, 255]);
    expect((await pixel(maskable, 10, 10)).rgba).toEqual([255, 255, 255, 255]);
    expect((await pixel(maskable, 60, 256)).rgba).toEqual([255, 255, 255, 255]);
  });

  it('draws the house when the logo does not decode', async () => {
    const png = await renderIcon({ size: 192, maskable: false }, '#0a7d5a', Buffer.from('nope'));
    expect((await pixel(png, 20, 96)).rgba.slice(0, 3)).toEqual([0x0a, 0x7d, 0x5a]);
  });
});
