import { sniffFile } from '@portail/shared';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { StampError } from './refusals.js';
import { stampImage, stampSvg } from './stampImage.js';

/** A photograph-like test image: a gradient with a few shapes, no flat area to hide in. */
async function picture(width: number, height: number): Promise<sharp.Sharp> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<defs><linearGradient id="g"><stop offset="0" stop-color="#2a6"/><stop offset="1" stop-color="#36c"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/>` +
    `<circle cx="${width / 4}" cy="${height / 3}" r="${height / 6}" fill="#fc3"/>` +
    `<rect x="${width / 2}" y="${height / 2}" width="${width / 3}" height="${height / 4}" fill="#eee"/></svg>`;
  return sharp(Buffer.from(svg));
}

async function pixels(bytes: Uint8Array | Buffer) {
  const { data, info } = await sharp(bytes)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Where output and input differ: the stamp, as a line through the middle of the image. */
async function stampInk(before: Uint8Array | Buffer, after: Uint8Array) {
  const a = await pixels(before);
  const b = await pixels(after);
  expect([b.width, b.height]).toEqual([a.width, a.height]);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < a.width * a.height; i++) {
    let diff = 0;
    for (let c = 0; c < 3; c++) diff += Math.abs(a.data[3 * i + c]! - b.data[3 * i + c]!);
    if (diff > 60) {
      xs.push(i % a.width);
      ys.push(a.height - Math.floor(i / a.width));
    }
  }
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  let [sxx, syy, sxy] = [0, 0, 0];
  xs.forEach((x, i) => {
    sxx += (x - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
    sxy += (x - mx) * (ys[i]! - my);
  });
  const diagonal = Math.hypot(a.width, a.height);
  return {
    share: xs.length / (a.width * a.height),
    angleError:
      ((Math.atan2(2 * sxy, sxx - syy) / 2 - Math.atan2(a.height, a.width)) * 180) / Math.PI,
    centreError: Math.hypot(mx - a.width / 2, my - a.height / 2) / diagonal,
  };
}

function expectStamped(ink: Awaited<ReturnType<typeof stampInk>>) {
  expect(ink.share).toBeGreaterThan(0.01);
  expect(ink.share).toBeLessThan(0.3);
  expect(Math.abs(ink.angleError)).toBeLessThan(3);
  expect(ink.centreError).toBeLessThan(0.05);
}

describe('stampImage', () => {
  for (const format of ['jpeg', 'png', 'webp'] as const) {
    it(`stamps a ${format} across its diagonal and keeps its format and size`, async () => {
      const input = new Uint8Array(await (await picture(900, 600)).toFormat(format).toBuffer());
      const pristine = input.slice();
      const output = await stampImage(input);
      expect(sniffFile(output)?.kind).toBe(format);
      expect(Buffer.from(input).equals(pristine)).toBe(true);
      expectStamped(await stampInk(input, output));
    });
  }

  it('keeps transparency of a PNG', async () => {
    const input = await sharp({
      create: { width: 400, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const output = await stampImage(new Uint8Array(input));
    const meta = await sharp(output).metadata();
    expect(meta.hasAlpha).toBe(true);
    const corner = await sharp(output)
      .extract({ left: 0, top: 0, width: 4, height: 4 })
      .raw()
      .toBuffer();
    expect(corner[3]).toBe(0);
  });

  it('turns a photo as its EXIF orientation says, so the stamp reads upright on screen', async () => {
    const input = await (
      await picture(1200, 800)
    )
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const output = await stampImage(new Uint8Array(input));
    const meta = await sharp(output).metadata();
    expect([meta.width, meta.height]).toEqual([800, 1200]);
    expect(meta.orientation ?? 1).toBe(1);
    const upright = await sharp(input).autoOrient().jpeg().toBuffer();
    expectStamped(await stampInk(upright, output));
  });

  it('refuses what it cannot stamp with a code, never returning the image as it was', async () => {
    const heic = new Uint8Array([
      0,
      0,
      0,
      24,
      ...Buffer.from('ftypheic'),
      0,
      0,
      0,
      0,
      ...Buffer.from('mif1heic'),
    ]);
    const gif = new Uint8Array(
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
        .gif()
        .toBuffer(),
    );
    const brokenJpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const cases: [Uint8Array, string][] = [
      [heic, 'image-format-unsupported'],
      [gif, 'image-format-unsupported'],
      [new Uint8Array(Buffer.from('%PDF-1.7\n')), 'image-unreadable'],
      [brokenJpeg, 'image-unreadable'],
    ];
    for (const [bytes, code] of cases) {
      const error = await stampImage(bytes).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StampError);
      expect(error).toMatchObject({ code });
    }
  });
});

describe('stampSvg', () => {
  it('escapes the text it is given', () => {
    const svg = stampSvg(100, 100, 'A <b> & "c"');
    expect(svg).toContain('A &#60;b&#62; &#38; &#34;c&#34;');
    expect(svg).not.toContain('<b>');
  });
});
