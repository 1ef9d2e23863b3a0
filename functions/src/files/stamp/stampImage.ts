import sharp, { type Sharp } from 'sharp';
import { sniffFile } from '@portail/shared';
import { placeText } from './placement.js';
import { StampError } from './refusals.js';
import { STAMP_OPACITY, STAMP_RGB, STAMP_TEXT } from './stampContent.js';
import { stampText } from './stampText.js';

/** Formats sharp both reads and writes here; its prebuilt libheif decodes AVIF, not HEIC. */
const writers = {
  jpeg: (image: Sharp) => image.jpeg({ quality: 90, mozjpeg: true }),
  png: (image: Sharp) => image.png(),
  webp: (image: Sharp) => image.webp({ quality: 90 }),
} as const;

/** Less than the PDF stamp's 85 %: the font that draws it may be wider than Helvetica. */
const IMAGE_COVERAGE = 0.8;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The stamp as an SVG the size of the image. Laid out with Helvetica-Bold's metrics, which
 * Arial and Liberation Sans share, so it lands where the PDF stamp would.
 */
export function stampSvg(width: number, height: number, text = STAMP_TEXT): string {
  const metrics = stampText(text);
  const { fontSize, matrix } = placeText(
    { x: 0, y: 0, width, height },
    0,
    metrics.width,
    metrics.height,
    'diagonal',
    IMAGE_COVERAGE,
  );
  const [a, b, c, d, e, f] = matrix;
  const [red, green, blue] = STAMP_RGB.map((v) => Math.round(v * 255));
  // PDF space has y up, SVG y down: flip around the image, then apply the PDF text matrix.
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<g transform="matrix(1 0 0 -1 0 ${height}) matrix(${a} ${b} ${c} ${d} ${e} ${f}) scale(1 -1)">` +
    `<text x="0" y="0" font-family="Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif" ` +
    `font-weight="bold" font-size="${fontSize}" fill="rgb(${red},${green},${blue})" ` +
    `fill-opacity="${STAMP_OPACITY}" stroke="white" stroke-opacity="${STAMP_OPACITY}" ` +
    // A light halo keeps the stamp readable on dark photographs, where red alone disappears.
    `stroke-width="${fontSize * 0.04}" paint-order="stroke">${escapeXml(text)}</text></g></svg>`
  );
}

/**
 * A copy of a JPEG, PNG or WebP image with the stamp across it, in the same format. The image is
 * first turned as its EXIF orientation says, so the stamp reads upright where people look at
 * it. Throws a StampError rather than return an unstamped image.
 */
export async function stampImage(bytes: Uint8Array, text = STAMP_TEXT): Promise<Uint8Array> {
  const kind = sniffFile(bytes)?.kind;
  if (kind !== 'jpeg' && kind !== 'png' && kind !== 'webp') {
    throw new StampError(
      kind === 'heic' || kind === 'gif' ? 'image-format-unsupported' : 'image-unreadable',
    );
  }
  let width: number;
  let height: number;
  try {
    const meta = await sharp(bytes).metadata();
    // EXIF orientations 5 to 8 turn the image a quarter: what people see is the other way round.
    const quarter = (meta.orientation ?? 1) >= 5;
    [width, height] = quarter ? [meta.height, meta.width] : [meta.width, meta.height];
  } catch (error) {
    throw new StampError('image-unreadable', { cause: error });
  }
  const overlay = Buffer.from(stampSvg(width, height, text));
  // Without a usable font librsvg draws nothing: check the overlay has ink before trusting it.
  const ink = await sharp(overlay).extractChannel('alpha').stats();
  if ((ink.channels[0]?.max ?? 0) === 0) throw new StampError('image-stamp-failed');
  try {
    const stamped = sharp(bytes)
      .autoOrient()
      .composite([{ input: overlay }])
      .keepIccProfile();
    return new Uint8Array(await writers[kind](stamped).toBuffer());
  } catch (error) {
    throw new StampError('image-stamp-failed', { cause: error });
  }
}
